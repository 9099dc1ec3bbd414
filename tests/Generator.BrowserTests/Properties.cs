// One test at a time: each class has a Chromium of its own, and on a 2-core machine browsers running side by side
// (next to the unit tests) only make each other slow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
