//! Stored enums and the keys forms and templates name them by.

use sea_orm::{ActiveEnum, Iterable};

/// The keys forms and templates use, for each of these stored enums.
pub trait Keyed: ActiveEnum<Value = String> + Iterable + Copy {
    fn key(self) -> String {
        self.to_value()
    }

    fn from_key(key: &str) -> Option<Self> {
        Self::iter().find(|value| value.to_value() == key)
    }

    fn all() -> Vec<Self> {
        Self::iter().collect()
    }
}
