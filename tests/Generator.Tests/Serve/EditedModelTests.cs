using System.Reflection;
using Generator.Serve;
using Generator.Site;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

public sealed class EditedModelTests : IDisposable
{
    private readonly TestSite site = NewsSite.Create();

    public void Dispose() => site.Dispose();

    /// <summary>
    /// EditedModel makes a new SiteModel with the constructor and copies every init-only property by hand: one added
    /// to SiteModel later and not copied would silently vanish from every patched build.
    /// </summary>
    [Fact]
    public void A_model_patched_with_no_edits_keeps_every_property_of_the_model()
    {
        var model = site.Build(write: false).Site.ShouldNotBeNull();
        var now = model.Now!.Value.AddMinutes(1);

        var patched = EditedModel.Of(model, [], new int[model.Posts.Count][], now);

        foreach (var property in typeof(SiteModel).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var (before, after) = (property.GetValue(model), property.GetValue(patched));
            if (property.Name == nameof(SiteModel.Now)) after.ShouldBe(now);
            else if (property.Name == nameof(SiteModel.AllLanguages)) patched.AllLanguages.First().ShouldBeSameAs(patched); // the others: OtherLanguages
            else if (property.Name is nameof(SiteModel.Related) or nameof(SiteModel.AuthorsById) or nameof(SiteModel.CategoriesById)
                     or nameof(SiteModel.TagSlugs) or nameof(SiteModel.TermsBySlug))
                after.ShouldBeEquivalentTo(before, property.Name); // copied or made again from the same lists
            else if (before is System.Collections.IEnumerable list and not string)
                ((System.Collections.IEnumerable)after!).Cast<object>().ShouldBe(list.Cast<object>(), property.Name);
            else if (before is null || before.GetType().IsValueType) after.ShouldBe(before, property.Name);
            else after.ShouldBeSameAs(before, property.Name); // the same record, not one equal to a default
        }
    }
}
