//! Lists shown a page at a time: which page numbers a pager offers, and
//! the query strings of their links (`templates/web/pager.html`).

/// The page numbers a pager offers: the first, the last, and two on each
/// side of `current`.
pub fn numbers(current: u64, pages: u64) -> Vec<u64> {
    let near = current.saturating_sub(2).max(1)..=current.saturating_add(2).min(pages);
    let mut numbers: Vec<u64> = std::iter::once(1)
        .chain(near)
        .chain(std::iter::once(pages.max(1)))
        .collect();
    numbers.dedup();
    numbers
}

/// `?name=value&…` of the pairs, encoded; empty when there are none.
pub fn query_string<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut encoded = url::form_urlencoded::Serializer::new(String::new());
    encoded.extend_pairs(pairs);
    let encoded = encoded.finish();
    if encoded.is_empty() {
        encoded
    } else {
        format!("?{encoded}")
    }
}

/// The query string of `pairs` with `name` set to `value` (empty to drop
/// it), empty values left out: a filter's link, back on the first page.
pub fn with_changed<'a>(mut pairs: Vec<(&'a str, &'a str)>, name: &str, value: &'a str) -> String {
    for pair in &mut pairs {
        if pair.0 == name {
            pair.1 = value;
        }
    }
    query_string(pairs.into_iter().filter(|(_, value)| !value.is_empty()))
}

/// `query` (a query string, perhaps empty) on page `page`.
pub fn on_page(query: &str, page: u64) -> String {
    let joiner = if query.is_empty() { "?" } else { "&" };
    format!("{query}{joiner}page={page}")
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn a_pager_offers_the_ends_and_the_neighbours() {
        assert_eq!(numbers(1, 1), vec![1]);
        assert_eq!(numbers(5, 10), vec![1, 3, 4, 5, 6, 7, 10]);
        assert_eq!(numbers(1, 3), vec![1, 2, 3]);
    }
}
