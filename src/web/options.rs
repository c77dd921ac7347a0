//! The long `<select>` lists (every country, every time zone), rendered
//! once and written with the chosen option marked. Escaping some 500
//! options again on every view cost the account page more than all the
//! rest of its rendering.

use std::{collections::HashMap, fmt};

/// A list of `<option>` elements, escaped, ready to be written.
pub struct RenderedOptions {
    html: String,
    /// For each value, the place of its ` selected`: right after the
    /// option's `value="…"`.
    marks: HashMap<&'static str, usize>,
}

impl RenderedOptions {
    /// The options (value, label), in the order given.
    pub fn new<L: AsRef<str>>(options: impl IntoIterator<Item = (&'static str, L)>) -> Self {
        let mut html = String::new();
        let mut marks = HashMap::new();
        for (value, label) in options {
            html.push_str("<option value=\"");
            html.push_str(&escaped(value));
            html.push('"');
            marks.insert(value, html.len());
            html.push('>');
            html.push_str(&escaped(label.as_ref()));
            html.push_str("</option>");
        }
        RenderedOptions { html, marks }
    }

    /// The options with `value`'s marked as chosen (none if it is not one
    /// of them). Written by a template with `|safe`: it is escaped already.
    pub fn selecting(&self, value: &str) -> Selecting<'_> {
        Selecting {
            html: &self.html,
            mark: self.marks.get(value).copied(),
        }
    }
}

fn escaped(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .expect("escaping into a string cannot fail")
        .to_string()
}

pub struct Selecting<'a> {
    html: &'a str,
    mark: Option<usize>,
}

impl fmt::Display for Selecting<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.mark {
            Some(at) => {
                f.write_str(&self.html[..at])?;
                f.write_str(" selected")?;
                f.write_str(&self.html[at..])
            }
            None => f.write_str(self.html),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_option_is_marked_and_everything_escaped() {
        let options = RenderedOptions::new([("a&b", "A <1>"), ("c", "C \"2\"")]);
        assert_eq!(
            options.selecting("c").to_string(),
            "<option value=\"a&#38;b\">A &#60;1&#62;</option>\
             <option value=\"c\" selected>C &#34;2&#34;</option>"
        );
        assert_eq!(
            options.selecting("a&b").to_string(),
            "<option value=\"a&#38;b\" selected>A &#60;1&#62;</option>\
             <option value=\"c\">C &#34;2&#34;</option>"
        );
        assert!(!options.selecting("x").to_string().contains("selected"));
    }
}
