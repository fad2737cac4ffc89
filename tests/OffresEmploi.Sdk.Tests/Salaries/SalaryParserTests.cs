using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Salaries;

public sealed class SalaryParserTests
{
    // Every distinct salaire.libelle found in the real search samples (département 74, August 2025, and the
    // anonymised les-emplois offers), with what the parser must read from it.
    [Theory]
    [InlineData("Annuel de", SalaireParseStatus.Unparsed, null, null, null, null)]
    [InlineData("Annuel de 17,00 Euros à 27,00 Euros", SalaireParseStatus.Implausible, SalairePeriode.Annuel, "17", "27", null)]
    [InlineData("Annuel de 20000,00 Euros à 22000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "20000", "22000", null)]
    [InlineData("Annuel de 20000,00 Euros à 30000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "20000", "30000", null)]
    [InlineData("Annuel de 21622.0 Euros à 25000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "21622", "25000", "12")]
    [InlineData("Annuel de 22000,00 Euros à 35000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "22000", "35000", null)]
    [InlineData("Annuel de 22240.0 Euros à 25000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "22240", "25000", "12")]
    [InlineData("Annuel de 23000.0 Euros à 24000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "23000", "24000", "12")]
    [InlineData("Annuel de 24100.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "24100", "24100", "12")]
    [InlineData("Annuel de 24711.0 Euros à 25000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "24711", "25000", "12")]
    [InlineData("Annuel de 25000,00 Euros à 29000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "25000", "29000", null)]
    [InlineData("Annuel de 25000.0 Euros à 30000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "25000", "30000", "12")]
    [InlineData("Annuel de 25000.0 Euros à 35000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "25000", "35000", "12")]
    [InlineData("Annuel de 26400,00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "26400", "26400", "12")]
    [InlineData("Annuel de 27300.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "27300", "27300", "13")]
    [InlineData("Annuel de 28000,00 Euros à 31000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "28000", "31000", null)]
    [InlineData("Annuel de 28000.0 Euros à 32000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "28000", "32000", "12")]
    [InlineData("Annuel de 29250,00 Euros à 31200,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "29250", "31200", null)]
    [InlineData("Annuel de 30000,00 Euros à 32000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "30000", "32000", null)]
    [InlineData("Annuel de 30000.0 Euros à 35000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "30000", "35000", "12")]
    [InlineData("Annuel de 31000,00 Euros à 37000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "31000", "37000", null)]
    [InlineData("Annuel de 32000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "32000", "32000", "12")]
    [InlineData("Annuel de 32400,00 Euros à 35100,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "32400", "35100", null)]
    [InlineData("Annuel de 35000,00 Euros à 40000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35000", "40000", null)]
    [InlineData("Annuel de 35000,00 Euros à 50000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35000", "50000", null)]
    [InlineData("Annuel de 35000.0 Euros à 37000.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35000", "37000", "13")]
    [InlineData("Annuel de 35000.0 Euros à 39000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35000", "39000", "12")]
    [InlineData("Annuel de 35300.0 Euros à 40000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35300", "40000", "12")]
    [InlineData("Annuel de 38000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "38000", "38000", "12")]
    [InlineData("Annuel de 40000,00 Euros à 45000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "40000", "45000", null)]
    [InlineData("Annuel de 40000,00 Euros à 55000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "40000", "55000", null)]
    [InlineData("Annuel de 40000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "40000", "40000", "12")]
    [InlineData("Annuel de 40000.0 Euros à 52000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "40000", "52000", "12")]
    [InlineData("Annuel de 50000,00 Euros à 55000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "50000", "55000", null)]
    [InlineData("Annuel de 50000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "50000", "50000", "12")]
    [InlineData("Annuel de 65000,00 Euros à 80000,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "65000", "80000", null)]
    [InlineData("Horaire de 11,65 Euros à 11,65 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.65", "11.65", null)]
    [InlineData("Horaire de 11,88 Euros à 11,88 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "11.88", null)]
    [InlineData("Horaire de 11.88 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "11.88", null)]
    [InlineData("Horaire de 11.88 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "11.88", "12")]
    [InlineData("Horaire de 11.88 Euros à 12.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "12", null)]
    [InlineData("Horaire de 11.88 Euros à 12.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "12", "12")]
    [InlineData("Horaire de 11.88 Euros à 12.5 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "12.5", null)]
    [InlineData("Horaire de 11.88 Euros à 13.5 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "13.5", "12")]
    [InlineData("Horaire de 11.88 Euros à 13.88 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "11.88", "13.88", "12")]
    [InlineData("Horaire de 12,00 Euros à 13,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "13", null)]
    [InlineData("Horaire de 12.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "12", null)]
    [InlineData("Horaire de 12.0 Euros à 13.5 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "13.5", "12")]
    [InlineData("Horaire de 12.0 Euros à 15.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "15", null)]
    [InlineData("Horaire de 12.0 Euros à 16.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "16", null)]
    [InlineData("Horaire de 12.00 Euros sur 13 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12", "12", "13")]
    [InlineData("Horaire de 12.08 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.08", "12.08", null)]
    [InlineData("Horaire de 12.27 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.27", "12.27", "12")]
    [InlineData("Horaire de 12.5 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.5", "12.5", null)]
    [InlineData("Horaire de 12.5 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.5", "12.5", "12")]
    [InlineData("Horaire de 12.5 Euros à 13.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.5", "13", null)]
    [InlineData("Horaire de 12.55 Euros à 14.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.55", "14", null)]
    [InlineData("Horaire de 12.8 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.8", "12.8", null)]
    [InlineData("Horaire de 12.84 Euros à 12.85 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.84", "12.85", null)]
    [InlineData("Horaire de 13,00 Euros à 13,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "13", "13", null)]
    [InlineData("Horaire de 13.16 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "13.16", "13.16", "12")]
    [InlineData("Horaire de 14.0 Euros à 18.0 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "14", "18", null)]
    [InlineData("Horaire de 14.4 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "14.4", "14.4", null)]
    [InlineData("Horaire de 15.67 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "15.67", "15.67", "12")]
    [InlineData("Horaire de 17.0 Euros sur 0.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "17", "17", null)]
    [InlineData("Horaire de 21,90 Euros à 21,90 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "21.9", "21.9", null)]
    [InlineData("Horaire de 22,50 Euros à 22,50 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "22.5", "22.5", null)]
    [InlineData("Horaire de 23,80 Euros à 23,80 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "23.8", "23.8", null)]
    [InlineData("Horaire de 24,40 Euros à 24,40 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "24.4", "24.4", null)]
    [InlineData("Horaire de 25,60 Euros à 25,60 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "25.6", "25.6", null)]
    [InlineData("Horaire de 26,30 Euros à 26,30 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "26.3", "26.3", null)]
    [InlineData("Horaire de 27,50 Euros à 27,50 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "27.5", "27.5", null)]
    [InlineData("Horaire de 28,10 Euros à 28,10 Euros", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "28.1", "28.1", null)]
    [InlineData("Mensuel de 11,88 Euros à 11,88 Euros", SalaireParseStatus.Implausible, SalairePeriode.Mensuel, "11.88", "11.88", null)]
    [InlineData("Mensuel de 1100.0 Euros à 1200.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1100", "1200", "12")]
    [InlineData("Mensuel de 12,18 Euros à 12,18 Euros", SalaireParseStatus.Implausible, SalairePeriode.Mensuel, "12.18", "12.18", null)]
    [InlineData("Mensuel de 1617,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1617", "1617", null)]
    [InlineData("Mensuel de 1710,00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1710", "1710", "12")]
    [InlineData("Mensuel de 1764,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1764", "1764", null)]
    [InlineData("Mensuel de 1764,00 Euros à 1911,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1764", "1911", null)]
    [InlineData("Mensuel de 1801,00 Euros à 1900,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1801", "1900", null)]
    [InlineData("Mensuel de 1801.8 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1801.8", "1801.8", "12")]
    [InlineData("Mensuel de 1801.8 Euros à 1968.3 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1801.8", "1968.3", "12")]
    [InlineData("Mensuel de 1801.8 Euros à 1968.3 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1801.8", "1968.3", "12")]
    [InlineData("Mensuel de 1801.84 Euros à 1850.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1801.84", "1850", "12")]
    [InlineData("Mensuel de 1802.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1802", "1802", "12")]
    [InlineData("Mensuel de 1802.0 Euros à 1803.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1802", "1803", "12")]
    [InlineData("Mensuel de 1803.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1803", "1803", "12")]
    [InlineData("Mensuel de 1806.9 Euros à 2133.9 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1806.9", "2133.9", "12")]
    [InlineData("Mensuel de 1810.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1810", "1810", "12")]
    [InlineData("Mensuel de 1830.0 Euros à 1900.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1830", "1900", "12")]
    [InlineData("Mensuel de 1831.0 Euros à 1832.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1831", "1832", "12")]
    [InlineData("Mensuel de 1839.0 Euros à 1840.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1839", "1840", "12")]
    [InlineData("Mensuel de 1850.0 Euros à 1900.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1850", "1900", "13")]
    [InlineData("Mensuel de 1850.0 Euros à 2100.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1850", "2100", "12")]
    [InlineData("Mensuel de 1862.51 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1862.51", "1862.51", "12")]
    [InlineData("Mensuel de 1874.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1874", "1874", "13")]
    [InlineData("Mensuel de 1891.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1891", "1891", "12")]
    [InlineData("Mensuel de 1891.89 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1891.89", "1891.89", "13")]
    [InlineData("Mensuel de 1892.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1892", "1892", "12")]
    [InlineData("Mensuel de 1900.0 Euros à 2000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1900", "2000", "12")]
    [InlineData("Mensuel de 1912.24 Euros à 1912.25 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1912.24", "1912.25", "12")]
    [InlineData("Mensuel de 1920.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1920", "1920", "12")]
    [InlineData("Mensuel de 1932.0 Euros à 1932.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1932", "1932", "12")]
    [InlineData("Mensuel de 1950.0 Euros à 2000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1950", "2000", "12")]
    [InlineData("Mensuel de 1987.0 Euros à 3800.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1987", "3800", "12")]
    [InlineData("Mensuel de 2000,00 Euros à 2200,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2200", null)]
    [InlineData("Mensuel de 2000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2000", "12")]
    [InlineData("Mensuel de 2000.0 Euros à 2300.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2300", "12")]
    [InlineData("Mensuel de 2000.0 Euros à 2500.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2500", "13")]
    [InlineData("Mensuel de 2005.0 Euros sur 13.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2005", "2005", "13")]
    [InlineData("Mensuel de 2010.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2010", "2010", "12")]
    [InlineData("Mensuel de 2050.0 Euros à 2150.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2050", "2150", "12")]
    [InlineData("Mensuel de 2050.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2050", "2050", "12")]
    [InlineData("Mensuel de 2058,00 Euros à 2646,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2058", "2646", null)]
    [InlineData("Mensuel de 2060,00 Euros à 2060,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2060", "2060", null)]
    [InlineData("Mensuel de 2088.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2088", "2088", "12")]
    [InlineData("Mensuel de 2091.0 Euros à 2100.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2091", "2100", "12")]
    [InlineData("Mensuel de 2100,00 Euros à 2400,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2100", "2400", null)]
    [InlineData("Mensuel de 2107.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2107", "2107", "12")]
    [InlineData("Mensuel de 2115.0 Euros à 2600.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2115", "2600", "12")]
    [InlineData("Mensuel de 2175.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2175", "2175", "12")]
    [InlineData("Mensuel de 2179.0 Euros à 2692.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2179", "2692", "12")]
    [InlineData("Mensuel de 2185.0 Euros à 2186.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2185", "2186", "12")]
    [InlineData("Mensuel de 2195.0 Euros à 2702.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2195", "2702", "12")]
    [InlineData("Mensuel de 2200.0 Euros à 2201.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2200", "2201", "12")]
    [InlineData("Mensuel de 2206.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2206", "2206", "12")]
    [InlineData("Mensuel de 2244.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2244", "2244", "12")]
    [InlineData("Mensuel de 2248.55 Euros à 2500.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2248.55", "2500", "12")]
    [InlineData("Mensuel de 2250.0 Euros à 2400.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2250", "2400", "12")]
    [InlineData("Mensuel de 2300.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2300", "2300", "12")]
    [InlineData("Mensuel de 2372.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2372", "2372", "12")]
    [InlineData("Mensuel de 2500.00 Euros à 2800.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2500", "2800", "12")]
    [InlineData("Mensuel de 2540,00 Euros à 3500,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2540", "3500", null)]
    [InlineData("Mensuel de 2564.00 Euros à 2564.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2564", "2564", "12")]
    [InlineData("Mensuel de 2600.0 Euros à 3000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2600", "3000", "12")]
    [InlineData("Mensuel de 2600.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2600", "2600", "12")]
    [InlineData("Mensuel de 2800.0 Euros à 3200.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2800", "3200", "12")]
    [InlineData("Mensuel de 2800.0 Euros à 3400.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2800", "3400", "12")]
    [InlineData("Mensuel de 3000.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "3000", "3000", "12")]
    [InlineData("Mensuel de 3000.0 Euros à 3300.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "3000", "3300", "12")]
    [InlineData("Mensuel de 3017.00 Euros sur 12 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "3017", "3017", "12")]
    [InlineData("Mensuel de 3200.0 Euros à 3500.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "3200", "3500", "12")]
    [InlineData("Mensuel de 3350,00 Euros", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "3350", "3350", null)]
    [InlineData("Mensuel de 690.0 Euros à 700.0 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "690", "700", "12")]
    [InlineData("Mensuel de 707.6 Euros à 1645.58 Euros sur 12.0 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "707.6", "1645.58", "12")]
    public void ParseLibelle_RealLibelles(string libelle, SalaireParseStatus status, SalairePeriode? period, string? min, string? max, string? months)
    {
        var result = SalaryParser.ParseLibelle(libelle);

        Assert.Equal(status, result.Status);
        Assert.Equal(SalaireSource.Libelle, result.Source);
        Assert.Equal(libelle, result.Text);
        Assert.Equal(period, result.Period);
        Assert.Equal(ToDecimal(min), result.Min);
        Assert.Equal(ToDecimal(max), result.Max);
        Assert.Equal(ToDecimal(months), result.Months);
        Assert.Equal(status == SalaireParseStatus.Unparsed ? null : "EUR", result.Currency);
    }

    // Every distinct salaire.commentaire found in the same samples. Only one states an amount and a period;
    // amounts without a period ("2000 € net", "11,88 €") and truncated texts ("Base de 1832€ bru") stay unparsed.
    [Theory]
    [InlineData(".", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("/", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("11,88 €", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("12,18 €", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("1850.00 Net", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("2000 € net", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("50 - 55 k€ brut annuel", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "50000", "55000", null, true)]
    [InlineData("870 € brut", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Autre type de salaire", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Autres", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Base de 1832€ bru", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("CCN1966", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Grille tarifaire alternant", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Logement", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("N/A", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Non", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Primes diverses", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Salaire selon exp", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon CCN 1966 + primes", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon CCN 1966, diplôme, expérience", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon expérience", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon formation et expérience", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon le profil", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon profil", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon profil ", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon profil et expérience", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Selon profil et motivation", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("TBI+Primes+TR+CNAS+PSC", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("Traitement indici", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("grille statutaire", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("heures supplémentaires payées", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("primes, Télétravail", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("salaire + indemnité de résidence", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("selon profil", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("smic", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("à minima 1832€ br", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    public void ParseCommentaire_RealCommentaires(string commentaire, SalaireParseStatus status, SalairePeriode? period, string? min, string? max, string? months, bool? isGross)
    {
        var result = SalaryParser.ParseCommentaire(commentaire);

        Assert.Equal(status, result.Status);
        Assert.Equal(period, result.Period);
        Assert.Equal(ToDecimal(min), result.Min);
        Assert.Equal(ToDecimal(max), result.Max);
        Assert.Equal(ToDecimal(months), result.Months);
        Assert.Equal(isGross, result.IsGross);
        Assert.Equal(status == SalaireParseStatus.Parsed, result.AnnualMin is not null);
    }

    // Free-text shapes recruiters commonly write, beyond the ones in the samples.
    [Theory]
    [InlineData("35 - 45 k€ brut annuel", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "35000", "45000", null, true)]
    [InlineData("25 - 45 k€ brut annuel", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "25000", "45000", null, true)]
    [InlineData("30k€ à 35k€ par an", SalaireParseStatus.Parsed, SalairePeriode.Annuel, "30000", "35000", null, null)]
    [InlineData("2000 € brut mensuel", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2000", null, true)]
    [InlineData("1 800 € net par mois sur 13 mois", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "1800", "1800", "13", false)]
    [InlineData("entre 2000 et 2500 euros mensuels", SalaireParseStatus.Parsed, SalairePeriode.Mensuel, "2000", "2500", null, null)]
    [InlineData("12,50€/h", SalaireParseStatus.Parsed, SalairePeriode.Horaire, "12.5", "12.5", null, null)]
    [InlineData("150 € par jour", SalaireParseStatus.Parsed, SalairePeriode.Journalier, "150", "150", null, null)]
    [InlineData("45 € annuel", SalaireParseStatus.Implausible, SalairePeriode.Annuel, "45", "45", null, null)]
    [InlineData("2500 - 2000 € mensuel", SalaireParseStatus.Implausible, SalairePeriode.Mensuel, "2500", "2000", null, null)]
    [InlineData("Selon CCN 1966, 2000 € mensuel", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("2000 € mensuel ou 24000 € annuel", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("35 k annuel", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    [InlineData("selon profil", SalaireParseStatus.Unparsed, null, null, null, null, null)]
    public void ParseCommentaire_CommonShapes(string commentaire, SalaireParseStatus status, SalairePeriode? period, string? min, string? max, string? months, bool? isGross) =>
        ParseCommentaire_RealCommentaires(commentaire, status, period, min, max, months, isGross);

    [Fact]
    public void Parse_LibelleReadable_WinsOverCommentaire()
    {
        var result = SalaryParser.Parse("Mensuel de 1801.8 Euros sur 12.0 mois", "35 - 45 k€ brut annuel");

        Assert.Equal(SalaireSource.Libelle, result.Source);
        Assert.Equal(SalairePeriode.Mensuel, result.Period);
    }

    [Fact]
    public void Parse_LibelleUnreadable_FallsBackToCommentaire()
    {
        var result = SalaryParser.Parse("Annuel de", "50 - 55 k€ brut annuel");

        Assert.Equal(SalaireParseStatus.Parsed, result.Status);
        Assert.Equal(SalaireSource.Commentaire, result.Source);
        Assert.Equal(50000m, result.Min);
    }

    [Fact]
    public void Parse_NothingReadable_IsUnparsedWithoutValues()
    {
        var result = SalaryParser.Parse(null, "Selon profil");

        Assert.Equal(SalaireParseStatus.Unparsed, result.Status);
        Assert.Null(result.Min);
        Assert.Null(result.Period);
        Assert.Null(result.AnnualMin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_IsUnparsed(string? text)
    {
        Assert.Equal(SalaireParseStatus.Unparsed, SalaryParser.Parse(text, text).Status);
        Assert.Equal(SalaireSource.None, SalaryParser.Parse(text, text).Source);
    }

    [Theory]
    [InlineData("Annuel de 25000.0 Euros à 35000.0 Euros sur 12.0 mois", 25000, 35000)]
    [InlineData("Annuel de 27300.0 Euros sur 13.0 mois", 27300, 27300)]
    [InlineData("Mensuel de 1710,00 Euros sur 12 mois", 20520, 20520)]
    [InlineData("Mensuel de 1874.0 Euros sur 13.0 mois", 24362, 24362)]
    [InlineData("Mensuel de 2000,00 Euros à 2200,00 Euros", 24000, 26400)]
    [InlineData("Horaire de 11.88 Euros", 21622.08, 21622.08)]
    [InlineData("Horaire de 12.00 Euros sur 13 mois", 23660.52, 23660.52)]
    public void AnnualMinMax_DefaultConventions(string libelle, double annualMin, double annualMax)
    {
        var result = SalaryParser.ParseLibelle(libelle);

        Assert.Equal((decimal)annualMin, result.AnnualMin);
        Assert.Equal((decimal)annualMax, result.AnnualMax);
    }

    [Fact]
    public void ToAnnual_CustomConventions_AreApplied()
    {
        var hourly = SalaryParser.ParseLibelle("Horaire de 12.0 Euros");
        var daily = SalaryParser.ParseCommentaire("150 € par jour");

        Assert.Equal(12m * 140m * 12m, hourly.ToAnnual(12m, hoursPerMonth: 140m, daysPerYear: 200m));
        Assert.Equal(150m * 200m, daily.ToAnnual(150m, hoursPerMonth: 140m, daysPerYear: 200m));
    }

    [Theory]
    [InlineData("Annuel de 17,00 Euros à 27,00 Euros")]
    [InlineData("Mensuel de 11,88 Euros à 11,88 Euros")]
    public void AnnualMin_Implausible_IsNull(string libelle)
    {
        var result = SalaryParser.ParseLibelle(libelle);

        Assert.Equal(SalaireParseStatus.Implausible, result.Status);
        Assert.Null(result.AnnualMin);
        Assert.Null(result.AnnualMax);
    }

    [Fact]
    public void ParseLibelle_CachetAndJournalier_AreRead()
    {
        Assert.Equal(SalairePeriode.Cachet, SalaryParser.ParseLibelle("Cachet de 150.0 Euros").Period);
        Assert.Null(SalaryParser.ParseLibelle("Cachet de 150.0 Euros").AnnualMin);
        Assert.Equal(SalairePeriode.Journalier, SalaryParser.ParseLibelle("Journalier de 120,00 Euros").Period);
    }

    [Fact]
    public void ParseLibelle_UnknownCurrencyWord_IsUnparsed() =>
        Assert.Equal(SalaireParseStatus.Unparsed, SalaryParser.ParseLibelle("Mensuel de 1800.0 Francs").Status);

    private static decimal? ToDecimal(string? value) =>
        value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
