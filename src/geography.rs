//! Where people and partners are: the country codes the forms offer, the
//! observatory's regions, and which region each country belongs to (UN M49
//! geoscheme). Shared by content, profiles and proposals.

use crate::{i18n::Locale, web::options::RenderedOptions};

/// The observatory's regions of work. Stored (on partners and councils) as
/// its `key()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Europe,
    AsiaPacific,
    LatinAmerica,
    Africa,
    NorthAmerica,
    /// Not a region of the world: the multilateral bodies the observatory
    /// signed agreements with, and a country in none of the regions (AQ).
    International,
}

impl Region {
    /// The regions of the world, where every country but Antarctica lies:
    /// what filters and counts of people by country offer.
    pub const WORLD: [Region; 5] = [
        Region::Europe,
        Region::AsiaPacific,
        Region::LatinAmerica,
        Region::Africa,
        Region::NorthAmerica,
    ];

    /// The world's regions, then the international bodies: how the
    /// observatory's partners are grouped.
    pub const ALL: [Region; 6] = [
        Region::Europe,
        Region::AsiaPacific,
        Region::LatinAmerica,
        Region::Africa,
        Region::NorthAmerica,
        Region::International,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Region::Europe => "europe",
            Region::AsiaPacific => "asia-pacific",
            Region::LatinAmerica => "latin-america",
            Region::Africa => "africa",
            Region::NorthAmerica => "north-america",
            Region::International => "international",
        }
    }
}

/// ISO 3166-1 alpha-2 codes; names live in `locales/*/countries.ftl`.
pub const COUNTRY_CODES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The region of an ISO 3166-1 alpha-2 country code.
pub fn region_of(country_code: &str) -> Region {
    match country_code {
        // UN M49 Europe, plus the Council of Europe members TR, CY, GE, AM, AZ.
        "AD" | "AL" | "AM" | "AT" | "AX" | "AZ" | "BA" | "BE" | "BG" | "BY" | "CH" | "CY"
        | "CZ" | "DE" | "DK" | "EE" | "ES" | "FI" | "FO" | "FR" | "GB" | "GE" | "GG" | "GI"
        | "GR" | "HR" | "HU" | "IE" | "IM" | "IS" | "IT" | "JE" | "LI" | "LT" | "LU" | "LV"
        | "MC" | "MD" | "ME" | "MK" | "MT" | "NL" | "NO" | "PL" | "PT" | "RO" | "RS" | "RU"
        | "SE" | "SI" | "SJ" | "SK" | "SM" | "TR" | "UA" | "VA" => Region::Europe,
        // The rest of UN M49 Asia (Central, Eastern, South-eastern, Southern, Western).
        "AE" | "AF" | "BD" | "BH" | "BN" | "BT" | "CN" | "HK" | "ID" | "IL" | "IN" | "IQ"
        | "IR" | "JO" | "JP" | "KG" | "KH" | "KP" | "KR" | "KW" | "KZ" | "LA" | "LB" | "LK"
        | "MM" | "MN" | "MO" | "MV" | "MY" | "NP" | "OM" | "PH" | "PK" | "PS" | "QA" | "SA"
        | "SG" | "SY" | "TH" | "TJ" | "TL" | "TM" | "TW" | "UZ" | "VN" | "YE"
        // UN M49 Oceania (UM goes to Northern America).
        | "AS" | "AU" | "CC" | "CK" | "CX" | "FJ" | "FM" | "GU" | "HM" | "KI" | "MH" | "MP"
        | "NC" | "NF" | "NR" | "NU" | "NZ" | "PF" | "PG" | "PN" | "PW" | "SB" | "TK" | "TO"
        | "TV" | "VU" | "WF" | "WS" => Region::AsiaPacific,
        // UN M49 Latin America and the Caribbean.
        "AG" | "AI" | "AR" | "AW" | "BB" | "BL" | "BO" | "BQ" | "BR" | "BS" | "BV" | "BZ"
        | "CL" | "CO" | "CR" | "CU" | "CW" | "DM" | "DO" | "EC" | "FK" | "GD" | "GF" | "GP"
        | "GS" | "GT" | "GY" | "HN" | "HT" | "JM" | "KN" | "KY" | "LC" | "MF" | "MQ" | "MS"
        | "MX" | "NI" | "PA" | "PE" | "PR" | "PY" | "SR" | "SV" | "SX" | "TC" | "TT" | "UY"
        | "VC" | "VE" | "VG" | "VI" => Region::LatinAmerica,
        // UN M49 Africa.
        "AO" | "BF" | "BI" | "BJ" | "BW" | "CD" | "CF" | "CG" | "CI" | "CM" | "CV" | "DJ"
        | "DZ" | "EG" | "EH" | "ER" | "ET" | "GA" | "GH" | "GM" | "GN" | "GQ" | "GW" | "IO"
        | "KE" | "KM" | "LR" | "LS" | "LY" | "MA" | "MG" | "ML" | "MR" | "MU" | "MW" | "MZ"
        | "NA" | "NE" | "NG" | "RE" | "RW" | "SC" | "SD" | "SH" | "SL" | "SN" | "SO" | "SS"
        | "ST" | "SZ" | "TD" | "TF" | "TG" | "TN" | "TZ" | "UG" | "YT" | "ZA" | "ZM"
        | "ZW" => Region::Africa,
        // UN M49 Northern America, and the US minor outlying islands.
        "US" | "CA" | "GL" | "BM" | "PM" | "UM" => Region::NorthAmerica,
        // Antarctica, and anything unknown.
        _ => Region::International,
    }
}

/// Every country code of a region, for SQL `IN (…)` filters.
pub fn countries_in(region: Region) -> Vec<&'static str> {
    COUNTRY_CODES
        .iter()
        .copied()
        .filter(|code| region_of(code) == region)
        .collect()
}

/// `countries_by_name` as rendered `<option>`s, made once per language.
pub fn country_options(locale: Locale) -> &'static RenderedOptions {
    static LISTS: [std::sync::OnceLock<RenderedOptions>; 3] =
        [const { std::sync::OnceLock::new() }; 3];
    LISTS[locale_index(locale)].get_or_init(|| {
        RenderedOptions::new(
            countries_by_name(locale)
                .iter()
                .map(|(code, name)| (*code, name)),
        )
    })
}

fn locale_index(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|candidate| *candidate == locale)
        .expect("a known locale")
}

/// Every country with its name in `locale`, in alphabetical order. The
/// names are compiled in, so each language's list is made once.
pub fn countries_by_name(locale: Locale) -> &'static [(&'static str, String)] {
    static LISTS: [std::sync::OnceLock<Vec<(&'static str, String)>>; 3] =
        [const { std::sync::OnceLock::new() }; 3];
    LISTS[locale_index(locale)].get_or_init(|| {
        let mut countries: Vec<(&'static str, String)> = COUNTRY_CODES
            .iter()
            .map(|code| (*code, locale.t(&format!("country-{code}"))))
            .collect();
        countries.sort_by_cached_key(|(_, name)| collate(name));
        countries
    })
}

/// A sort key that puts "Émirats" next to "Egypte": accents ignored.
fn collate(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'Å' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' => 'n',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use COUNTRY_CODES;

    #[test]
    fn europe() {
        for code in ["BE", "FR", "HU", "RU", "TR", "CY"] {
            assert_eq!(region_of(code), Region::Europe, "{code}");
        }
    }

    #[test]
    fn asia_pacific() {
        for code in ["TH", "JP", "AU", "NZ", "IN", "FJ", "SA"] {
            assert_eq!(region_of(code), Region::AsiaPacific, "{code}");
        }
    }

    #[test]
    fn latin_america() {
        for code in ["CL", "AR", "PE", "MX", "BR", "CU", "JM"] {
            assert_eq!(region_of(code), Region::LatinAmerica, "{code}");
        }
    }

    #[test]
    fn africa() {
        for code in ["MA", "EG", "ZA", "NG", "KE"] {
            assert_eq!(region_of(code), Region::Africa, "{code}");
        }
    }

    #[test]
    fn north_america() {
        for code in ["US", "CA", "GL", "BM", "PM"] {
            assert_eq!(region_of(code), Region::NorthAmerica, "{code}");
        }
        assert_eq!(region_of("AQ"), Region::International);
    }

    #[test]
    fn regions_cover_every_code_once() {
        let mut all: Vec<&str> = Region::ALL.into_iter().flat_map(countries_in).collect();
        assert_eq!(all.len(), COUNTRY_CODES.len());
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), COUNTRY_CODES.len());
    }
}
