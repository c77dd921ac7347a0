//! Time zones: each person reads times in their own zone (chosen on their
//! account page; UTC until they choose), and each meeting is set in the
//! zone of the people who hold it. Times are stored in UTC.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
pub use chrono_tz::Tz;

use crate::web::options::RenderedOptions;

/// The zone of someone who has not chosen one, and of anonymous readers.
pub const DEFAULT: Tz = Tz::UTC;

/// The zones offered: UTC, then every IANA "Area/City" zone by name, not
/// the old aliases ("US/Eastern", "Etc/GMT+5"…) that name the same clocks
/// again.
static CHOICES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name())
        .filter(|name| is_area_city(name))
        .collect();
    names.sort_unstable();
    names.insert(0, DEFAULT.name());
    names
});

const AREAS: [&str; 9] = [
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
];

fn is_area_city(name: &str) -> bool {
    AREAS.iter().any(|area| name.starts_with(area))
}

pub fn choices() -> &'static [&'static str] {
    &CHOICES
}

/// The zones offered as rendered `<option>`s (see `web::options`).
pub fn rendered_options() -> &'static RenderedOptions {
    static RENDERED: LazyLock<RenderedOptions> = LazyLock::new(|| {
        RenderedOptions::new(choices().iter().map(|name| (*name, readable(name))))
    });
    &RENDERED
}

/// The zone called `name`, if it is one offered.
pub fn parse(name: &str) -> Option<Tz> {
    choices()
        .contains(&name)
        .then(|| name.parse().ok())
        .flatten()
}

/// A stored zone's name read back; an unknown one (never written by the
/// site) reads as UTC rather than failing the page.
pub fn stored(name: &str) -> Tz {
    name.parse().unwrap_or(DEFAULT)
}

/// How a zone is named to readers: "America/Buenos Aires".
pub fn label(zone: Tz) -> String {
    readable(zone.name())
}

fn readable(name: &str) -> String {
    name.replace('_', " ")
}

/// The moment a wall-clock time in `zone` stands for. None when the
/// clocks skip that hour (spring forward); when they go back and the hour
/// happens twice, the first.
pub fn to_utc(local: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn offers_utc_and_area_city_names_only() {
        assert_eq!(choices()[0], "UTC");
        assert!(choices().contains(&"Europe/Brussels"));
        assert!(choices().contains(&"America/Argentina/Buenos_Aires"));
        assert!(!choices().contains(&"US/Eastern"));
        assert_eq!(parse("Europe/Madrid"), Some(Tz::Europe__Madrid));
        assert_eq!(parse("Etc/GMT+5"), None);
        assert_eq!(parse("Mars/Olympus"), None);
    }

    #[test]
    fn wall_clock_times_follow_the_zone_and_its_clock_changes() {
        let at = |d: u32, h: u32, m: u32| {
            NaiveDate::from_ymd_opt(2027, 3, d)
                .and_then(|date| date.and_hms_opt(h, m, 0))
                .expect("a valid time")
        };
        // Brussels is UTC+1 in winter.
        let winter = to_utc(at(1, 15, 0), Tz::Europe__Brussels).expect("exists");
        assert_eq!(winter.to_rfc3339(), "2027-03-01T14:00:00+00:00");
        // On 28 March 2027 the clocks go from 02:00 to 03:00.
        assert_eq!(to_utc(at(28, 2, 30), Tz::Europe__Brussels), None);
        let summer = to_utc(at(29, 15, 0), Tz::Europe__Brussels).expect("exists");
        assert_eq!(summer.to_rfc3339(), "2027-03-29T13:00:00+00:00");
        assert_eq!(
            label(Tz::America__Argentina__Buenos_Aires),
            "America/Argentina/Buenos Aires"
        );
    }
}
