//! The three site languages, Fluent message lookup and locale-aware dates.
//! The locale is always passed explicitly: there is no global "current
//! language", so concurrent requests in different languages never mix.

use std::{borrow::Cow, collections::HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_templates::{LanguageIdentifier, Loader, fluent_bundle::FluentValue, langid};

use crate::time_zones::{self, Tz};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks around arguments would end up inside HTML
        // attributes and URLs; all our languages are left-to-right.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
    Fr,
}

static EN: LanguageIdentifier = langid!("en");
static ES: LanguageIdentifier = langid!("es");
static FR: LanguageIdentifier = langid!("fr");

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Es, Locale::Fr];

    /// Of a text kept in each language (in the order of `ALL`, English
    /// first and always written), the one this language reads: its own,
    /// else the English, with the English's code to mark it as such.
    pub fn pick(self, texts: [&str; 3]) -> (&str, Option<&'static str>) {
        let own = match self {
            Locale::En => texts[0],
            Locale::Es => texts[1],
            Locale::Fr => texts[2],
        };
        if own.is_empty() && self != Locale::En {
            (texts[0], Some(Locale::En.code()))
        } else {
            (own, None)
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in that language, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Fr => "Français",
        }
    }

    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::En => &EN,
            Locale::Es => &ES,
            Locale::Fr => &FR,
        }
    }

    /// The message `id` in this language.
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(self.langid(), id)
    }

    /// The message `id` with named arguments.
    pub fn t_args(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        LOCALES.lookup_with_args(self.langid(), id, &args)
    }

    /// The days from `first` to `last` as this language writes them; the
    /// day alone when they are the same.
    pub fn day_span(self, first: NaiveDate, last: NaiveDate) -> String {
        let written = self.long_date(first);
        if first == last {
            return written;
        }
        self.t_args(
            "days-span",
            &[
                ("first", written.into()),
                ("last", self.long_date(last).into()),
            ],
        )
    }

    /// `value` with one decimal, as the language writes it: 2.5, 2,5.
    pub fn one_decimal(self, value: f32) -> String {
        let shown = format!("{value:.1}");
        match self {
            Locale::En => shown,
            Locale::Es | Locale::Fr => shown.replace('.', ","),
        }
    }

    /// A long date as people write it in this language, with the weekday:
    /// "Tuesday 24 November 2026", "martes, 24 de noviembre de 2026"…
    pub fn long_date(self, date: NaiveDate) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().number_from_monday()));
        let month = self.t(&format!("month-{}", date.month()));
        self.t_args(
            "date-long",
            &[
                ("weekday", weekday.into()),
                ("day", date.day().into()),
                ("month", month.into()),
                ("year", FluentValue::String(date.year().to_string().into())),
            ],
        )
    }

    /// A moment in `zone`, with its time and the zone's name: "Tuesday 24
    /// November 2026, 15:05 (Europe/Brussels)".
    /// A day stored as `YYYY-MM-DD` text (how the site keeps days: both
    /// databases and the backups carry text alike), as this language writes
    /// it; the text itself when it is not such a day.
    pub fn long_stored_date(self, stored: &str) -> String {
        match NaiveDate::parse_from_str(stored, "%Y-%m-%d") {
            Ok(day) => self.long_date(day),
            Err(_) => stored.to_string(),
        }
    }

    pub fn long_moment(self, at: DateTime<Utc>, zone: Tz) -> String {
        let local = at.with_timezone(&zone);
        format!(
            "{}, {} ({})",
            self.long_date(local.date_naive()),
            local.format("%H:%M"),
            time_zones::label(zone)
        )
    }

    /// A meeting's day and hours in `zone`, with the zone's name:
    /// "Thursday 14 January 2027, 15:00–16:30 (Europe/Madrid)"; when it
    /// ends on another day there, that day too.
    pub fn long_span(self, (starts, ends): (DateTime<Utc>, DateTime<Utc>), zone: Tz) -> String {
        let (starts, ends) = (starts.with_timezone(&zone), ends.with_timezone(&zone));
        let start_day = self.long_date(starts.date_naive());
        let (from, until) = (starts.format("%H:%M"), ends.format("%H:%M"));
        let zone = time_zones::label(zone);
        if ends.date_naive() == starts.date_naive() {
            format!("{start_day}, {from}–{until} ({zone})")
        } else {
            let end_day = self.long_date(ends.date_naive());
            format!("{start_day}, {from} – {end_day}, {until} ({zone})")
        }
    }

    /// The best supported language for an `Accept-Language` header value.
    ///
    /// fluent-langneg matches the requested tags against ours (`fr-CA` is
    /// French, `es_419` Spanish), but its `parse_accepted_languages` keeps the
    /// header's order and ignores `q` weights, `q=0` ("not acceptable")
    /// included. So the entries are ranked here first: by weight, highest
    /// first, the header's order among equals, without those weighted 0 or
    /// with an unreadable weight or tag.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranked: Vec<(f32, LanguageIdentifier)> = accept_language
            .split(',')
            .filter_map(|entry| {
                let mut parts = entry.split(';');
                let tag = parts.next()?.trim().parse().ok()?;
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (quality > 0.0).then_some((quality, tag))
            })
            .collect();
        // A stable sort keeps the header's order among equal weights.
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let requested: Vec<LanguageIdentifier> = ranked.into_iter().map(|(_, tag)| tag).collect();
        let available = Locale::ALL.map(Locale::langid);
        let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
        let chosen = chosen.first()?;
        Locale::ALL.into_iter().find(|l| l.langid() == **chosen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_honours_weights_and_subtags() {
        assert_eq!(
            Locale::negotiate("fr-CA,fr;q=0.9,en;q=0.8"),
            Some(Locale::Fr)
        );
        assert_eq!(
            Locale::negotiate("de-DE,es;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("de, it"), None);
        assert_eq!(Locale::negotiate("es;q=0, fr;q=0.1"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("EN-gb"), Some(Locale::En));
        assert_eq!(Locale::negotiate("es_419;q=0.8, de"), Some(Locale::Es));
        assert_eq!(Locale::negotiate("fr;q=oops, es;q=0.2"), Some(Locale::Es));
        assert_eq!(Locale::negotiate("*"), None);
        assert_eq!(Locale::negotiate("en;q=0"), None);
    }

    #[test]
    fn dates_follow_each_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(Locale::En.long_date(date), "Tuesday 24 November 2026");
        assert_eq!(
            Locale::Es.long_date(date),
            "martes, 24 de noviembre de 2026"
        );
        assert_eq!(Locale::Fr.long_date(date), "mardi 24 novembre 2026");
        let first = NaiveDate::from_ymd_opt(2027, 5, 1).unwrap();
        assert_eq!(Locale::Fr.long_date(first), "samedi 1er mai 2027");
        assert_eq!(Locale::En.long_date(first), "Saturday 1 May 2027");
    }

    #[test]
    fn a_span_names_its_zone_and_the_next_day_when_it_crosses_midnight() {
        use chrono::TimeZone;
        let starts = Utc.with_ymd_and_hms(2027, 1, 14, 14, 0, 0).unwrap();
        let ends = Utc.with_ymd_and_hms(2027, 1, 14, 15, 30, 0).unwrap();
        assert_eq!(
            Locale::En.long_span((starts, ends), Tz::Europe__Madrid),
            "Thursday 14 January 2027, 15:00–16:30 (Europe/Madrid)"
        );
        assert_eq!(
            Locale::En.long_span((starts, ends), Tz::Asia__Tokyo),
            "Thursday 14 January 2027, 23:00 – Friday 15 January 2027, 00:30 (Asia/Tokyo)"
        );
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let english = message_ids("en");
        for code in ["es", "fr"] {
            let other = message_ids(code);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            assert!(extra.is_empty(), "{code} has unknown {extra:?}");
        }
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        /// A language tag, ours or another, as browsers write them.
        fn tag() -> impl Strategy<Value = (&'static str, Option<Locale>)> {
            prop::sample::select(vec![
                ("en", Some(Locale::En)),
                ("en-GB", Some(Locale::En)),
                ("EN-us", Some(Locale::En)),
                ("es", Some(Locale::Es)),
                ("es-419", Some(Locale::Es)),
                ("es_MX", Some(Locale::Es)),
                ("fr", Some(Locale::Fr)),
                ("fr-CA", Some(Locale::Fr)),
                ("de", None),
                ("de-DE", None),
                ("pt-BR", None),
                ("zh-Hant-TW", None),
                ("*", None),
                ("", None),
                ("x!", None),
            ])
        }

        /// A weight as written, and its value (None when unreadable).
        fn weight() -> impl Strategy<Value = (String, Option<f32>)> {
            prop_oneof![
                Just((String::new(), Some(1.0))),
                (0u16..=1000).prop_map(|w| {
                    let q = f32::from(w) / 1000.0;
                    (format!(";q={q}"), Some(q))
                }),
                Just((";q=oops".to_string(), None)),
                Just((" ; q=0.5".to_string(), Some(0.5))),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            #[test]
            fn any_header_is_negotiated_without_panic(header in "\\PC{0,60}") {
                let _ = Locale::negotiate(&header);
            }

            /// The chosen language is the site language with the highest
            /// positive weight, the first written among equals; none when
            /// no site language is acceptable.
            #[test]
            fn the_best_weighted_site_language_is_chosen(
                entries in prop::collection::vec((tag(), weight()), 0..6),
            ) {
                let header = entries
                    .iter()
                    .map(|((tag, _), (weight, _))| format!("{tag}{weight}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut best: Option<(f32, Locale)> = None;
                for ((_, locale), (_, q)) in &entries {
                    if let (Some(locale), Some(q)) = (locale, q)
                        && *q > 0.0
                        && best.is_none_or(|(best_q, _)| *q > best_q)
                    {
                        best = Some((*q, *locale));
                    }
                }
                prop_assert_eq!(Locale::negotiate(&header), best.map(|(_, l)| l), "{}", header);
            }
        }
    }

    fn message_ids(code: &str) -> std::collections::BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(code);
        let mut ids = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.starts_with([' ', '#'])
                    && !id.is_empty()
                {
                    ids.insert(id.to_string());
                }
            }
        }
        ids
    }
}
