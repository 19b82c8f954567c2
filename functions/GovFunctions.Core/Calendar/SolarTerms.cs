namespace GovFunctions.Core.Calendar;

/// <summary>
/// The solar terms (节气) that statutory holidays depend on, computed from the sun's apparent longitude with the
/// low-precision solar theory of Meeus, <i>Astronomical Algorithms</i>, ch. 25 (about 0.01°, so about a quarter of
/// an hour): enough to name the Beijing calendar day of a term, which is all a holiday needs.
/// </summary>
public static class SolarTerms
{
    private const double J2000 = 2451545.0;
    private const double DaysPerCentury = 36525.0;
    private const double MeanDegreesPerDay = 360.0 / 365.2422;

    /// <summary>清明: the day, in Beijing, the sun's apparent longitude reaches 15°.</summary>
    public static DateOnly QingmingOf(int year) => BeijingDayOf(InstantOfLongitude(15, new DateTime(year, 4, 4, 12, 0, 0, DateTimeKind.Utc)));

    /// <summary>The instant the apparent longitude of the sun reaches <paramref name="degrees"/>, searched from <paramref name="guess"/>.</summary>
    private static DateTime InstantOfLongitude(double degrees, DateTime guess)
    {
        var jd = JulianDay(guess);
        for (var i = 0; i < 10; i++)
        {
            var difference = Normalize(degrees - ApparentLongitude(jd));
            if (difference > 180)
            {
                difference -= 360;
            }

            jd += difference / MeanDegreesPerDay;
            if (Math.Abs(difference) < 1e-6)
            {
                break;
            }
        }

        // Julian days here are Terrestrial Time; Universal Time differs by about 70 s in this century, far below a day's resolution.
        return DateTime.SpecifyKind(new DateTime(1858, 11, 17).AddDays(jd - 2400000.5), DateTimeKind.Utc);
    }

    private static double ApparentLongitude(double jd)
    {
        var t = (jd - J2000) / DaysPerCentury;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var meanAnomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly);
        var ascendingNode = Radians(125.04 - 1934.136 * t);
        return Normalize(meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(ascendingNode));
    }

    private static double JulianDay(DateTime utc) => 2400000.5 + (utc - new DateTime(1858, 11, 17, 0, 0, 0, DateTimeKind.Utc)).TotalDays;

    private static DateOnly BeijingDayOf(DateTime utc) => ChinaTime.DateOf(new DateTimeOffset(utc));

    private static double Normalize(double degrees) => ((degrees % 360) + 360) % 360;

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
