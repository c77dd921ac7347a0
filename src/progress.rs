//! The progress bar of the command-line tools (backups, the search index), on standard error: redrawn
//! in place on a terminal (at most ten times a second), one line per table
//! in a log, nothing for the server's scheduled backups.

use std::{
    io::{IsTerminal, Write},
    time::{Duration, Instant},
};

const WIDTH: usize = 30;
const REDRAW: Duration = Duration::from_millis(100);

pub struct Progress {
    style: Style,
    total: u64,
    done: u64,
    label: String,
    drawn: Option<Instant>,
}

#[derive(PartialEq)]
enum Style {
    Silent,
    Bar,
    Lines,
}

impl Progress {
    /// A bar on a terminal, lines otherwise.
    pub fn on_stderr() -> Progress {
        let style = if std::io::stderr().is_terminal() {
            Style::Bar
        } else {
            Style::Lines
        };
        Progress::with(style)
    }

    pub fn silent() -> Progress {
        Progress::with(Style::Silent)
    }

    fn with(style: Style) -> Progress {
        Progress {
            style,
            total: 0,
            done: 0,
            label: String::new(),
            drawn: None,
        }
    }

    /// How many steps (rows and files) the whole job has.
    pub fn expect(&mut self, total: u64) {
        self.total = total;
    }

    /// `steps` more are done, of the part named `label` (a table, "files").
    pub fn advance(&mut self, steps: u64, label: &str) {
        self.done += steps;
        if self.label != label {
            if self.style == Style::Lines && !self.label.is_empty() {
                eprintln!("  {} done", self.label);
            }
            self.label = label.to_string();
        }
        if self.style == Style::Bar && self.drawn.is_none_or(|at| at.elapsed() >= REDRAW) {
            self.draw();
        }
    }

    pub fn done(&mut self) {
        match self.style {
            Style::Bar => {
                self.draw();
                eprintln!();
            }
            Style::Lines if !self.label.is_empty() => eprintln!("  {} done", self.label),
            _ => {}
        }
    }

    fn draw(&mut self) {
        let line = bar(self.done, self.total, &self.label);
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "\r{line}\x1b[K");
        let _ = stderr.flush();
        self.drawn = Some(Instant::now());
    }
}

/// `[#########-----] 64% proposals (6,400 of 10,000)`
fn bar(done: u64, total: u64, label: &str) -> String {
    let share = if total == 0 {
        1.0
    } else {
        (done.min(total) as f64) / (total as f64)
    };
    let filled = (share * WIDTH as f64).round() as usize;
    format!(
        "[{}{}] {:>3}% {label} ({done} of {total})",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        (share * 100.0).floor() as u64,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_share_done() {
        assert_eq!(
            bar(50, 200, "proposals"),
            format!(
                "[{}{}]  25% proposals (50 of 200)",
                "#".repeat(8),
                "-".repeat(22)
            )
        );
        assert!(bar(0, 0, "files").contains("100%"), "nothing to do is done");
    }
}
