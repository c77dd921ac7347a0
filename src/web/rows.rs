//! Forms of ordered rows, saved all at once: the main menu's entries and
//! the home page's blocks. Each row's fields are named `field_row`
//! (`path_3`), each row has a position, and blank rows at the end add new
//! ones. The form carries the number of the version it was filled from,
//! so a save over a newer one is refused (`versions::record_over`).

use std::{
    collections::HashMap,
    sync::{LazyLock, Mutex, PoisonError},
};

use super::{AppError, form::FieldErrors};

/// The names made so far. Errors are filed under names that live as long
/// as the program; forms have a fixed number of rows and fields, so this
/// holds a few hundred short strings at most.
static NAMES: LazyLock<Mutex<HashMap<(&'static str, usize), &'static str>>> =
    LazyLock::new(Mutex::default);

/// The name of `field` in row `row`: `path_3`.
pub fn name(field: &'static str, row: usize) -> &'static str {
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    names
        .entry((field, row))
        .or_insert_with(|| Box::leak(format!("{field}_{row}").into_boxed_str()))
}

/// The stored rows, then blank ones up to `most`, for rows to add.
pub fn with_blanks<T: Clone + Default>(stored: impl Iterator<Item = T>, most: usize) -> Vec<T> {
    let mut rows: Vec<T> = stored.take(most).collect();
    rows.resize(most, T::default());
    rows
}

/// What was sent for `field` in row `row` (nothing reads as empty).
pub fn sent(fields: &HashMap<String, String>, field: &'static str, row: usize) -> String {
    fields.get(name(field, row)).cloned().unwrap_or_default()
}

/// The position typed in row `row`, a whole number from 1 to 99, or the
/// row's own place when left blank; a problem is filed under the row's
/// `position` field.
pub fn position(typed: &str, row: usize, errors: &mut FieldErrors) -> Option<i32> {
    let position = match typed.trim() {
        "" => Some(row as i32 + 1),
        typed => typed.parse::<i32>().ok().filter(|p| (1..=99).contains(p)),
    };
    if position.is_none() {
        errors.add(name("position", row), "row-position-invalid");
    }
    position
}

/// The rows kept, each with its position and its row, in their new order:
/// by position, then as listed.
pub fn ordered<T>(mut kept: Vec<(i32, usize, T)>) -> Vec<T> {
    kept.sort_by_key(|(position, row, _)| (*position, *row));
    kept.into_iter().map(|(_, _, kept)| kept).collect()
}

/// The version the form was filled from; a form without it was not made
/// by this site.
pub fn version_read(fields: &HashMap<String, String>) -> Result<i32, AppError> {
    fields
        .get("latest")
        .and_then(|latest| latest.parse().ok())
        .ok_or(AppError::BadRequest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn names_are_made_once_and_positions_default_to_the_row() {
        assert!(std::ptr::eq(name("path", 3), name("path", 3)));
        assert_eq!(name("label_en", 0), "label_en_0");
        let mut errors = FieldErrors::new(Locale::En);
        assert_eq!(position("", 4, &mut errors), Some(5));
        assert_eq!(position(" 2 ", 4, &mut errors), Some(2));
        assert!(errors.is_empty());
        assert_eq!(position("100", 1, &mut errors), None);
        assert!(errors.has("position_1"));
        assert_eq!(
            ordered(vec![(2, 0, "b"), (1, 2, "c"), (1, 1, "a")]),
            ["a", "c", "b"]
        );
    }
}
