using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Tests.Redaction;

public sealed class DefenderPseudonymsTests
{
    [Fact]
    public void Pseudonym_Is_Stable_Within_One_Export()
    {
        using var pseudonyms = new DefenderPseudonyms();

        Assert.Equal(pseudonyms.Of("defender:a"), pseudonyms.Of("defender:a"));
        Assert.NotEqual(pseudonyms.Of("defender:a"), pseudonyms.Of("defender:b"));
    }

    [Fact]
    public void Pseudonyms_Of_Two_Exports_Cannot_Be_Linked()
    {
        using var first = new DefenderPseudonyms();
        using var second = new DefenderPseudonyms();

        Assert.NotEqual(first.Of("defender:a"), second.Of("defender:a"));
        Assert.DoesNotContain("defender:a", first.Of("defender:a"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, true, false)]
    [InlineData(true, true, false, true)]
    [InlineData(false, false, false, true)]
    public void Only_Unredacted_Exports_For_Editors_Carry_Restricted_Fields(bool maySee, bool redact, bool includes, bool redacted)
    {
        var privacy = ExportPrivacy.For(maySee, redact, maySeeAttendance: maySee);

        Assert.Equal(includes, privacy.IncludeRestricted);
        Assert.Equal(redacted, privacy.Redact);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, true)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    public void Attendance_Follows_The_Role_And_Survives_Redaction(bool maySeeAttendance, bool redact, bool includes)
    {
        var privacy = ExportPrivacy.For(maySeeAttendance, redact, maySeeAttendance);

        Assert.Equal(includes, privacy.IncludeAttendance);
    }
}
