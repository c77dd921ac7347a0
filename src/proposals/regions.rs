//! Which of the observatory's regions each country belongs to, for
//! filtering and counting proposals. Based on the UN M49 geoscheme.

use crate::content::Region;

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
        // UN M49 Oceania (UM goes to International).
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
        // Northern America (US, CA, GL, BM, PM), AQ, UM, and anything unknown.
        _ => Region::International,
    }
}

/// Every country code of a region, for SQL `IN (…)` filters.
pub fn countries_in(region: Region) -> Vec<&'static str> {
    crate::accounts::countries::COUNTRY_CODES
        .iter()
        .copied()
        .filter(|code| region_of(code) == region)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::countries::COUNTRY_CODES;

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
    fn international() {
        for code in ["US", "CA", "GL", "BM", "PM"] {
            assert_eq!(region_of(code), Region::International, "{code}");
        }
    }

    #[test]
    fn regions_cover_every_code_once() {
        let mut all: Vec<&str> = [
            Region::Europe,
            Region::AsiaPacific,
            Region::LatinAmerica,
            Region::Africa,
            Region::International,
        ]
        .into_iter()
        .flat_map(countries_in)
        .collect();
        assert_eq!(all.len(), COUNTRY_CODES.len());
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), COUNTRY_CODES.len());
    }
}
