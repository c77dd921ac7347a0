//! A corrected text and the details hidden in it before. The author (or
//! an editor) edits the text as stored, marks and all: a mark they keep
//! keeps its detail, which moves with the text around it; a mark they
//! delete takes its detail with it, so nothing hidden outlives the words
//! that pointed to it.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::{Subject, detect::Kind, entities::detail, masking::placeholder};
use crate::i18n::Locale;

/// A mark of a hidden detail in a text: where it starts, what it hides
/// and how long it is (bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub position: usize,
    pub kind: Kind,
    pub len: usize,
}

/// The marks of hidden details in `text`, in any of the three languages
/// (a text may be corrected in another language than it was sent in), in
/// order.
pub fn marks_in(text: &str) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Locale::ALL
        .into_iter()
        .flat_map(|locale| Kind::ALL.map(|kind| (placeholder(locale, kind), kind)))
        .flat_map(|(mark, kind)| {
            text.match_indices(&mark)
                .map(|(position, found)| Mark {
                    position,
                    kind,
                    len: found.len(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    marks.sort_by_key(|mark| mark.position);
    marks.dedup_by_key(|mark| mark.position);
    marks
}

/// A mark's place among its field's marks, from 1: what a detail's
/// `ordinal` says.
pub fn ordinal_at(text: &str, position: usize) -> i32 {
    let before = marks_in(text)
        .iter()
        .filter(|mark| mark.position < position)
        .count();
    i32::try_from(before + 1).unwrap_or(i32::MAX)
}

/// How `before` became `after`: the bytes they share at the start and at
/// the end (on character boundaries, not overlapping); the rest of each is
/// what was edited.
fn unchanged_ends(before: &str, after: &str) -> (usize, usize) {
    let start = before
        .char_indices()
        .zip(after.chars())
        .find(|((_, old), new)| old != new)
        .map_or(before.len().min(after.len()), |((at, _), _)| at);
    let most = before.len().min(after.len()) - start;
    let end = before[start..]
        .chars()
        .rev()
        .zip(after[start..].chars().rev())
        .take_while(|(old, new)| old == new)
        .map(|(old, _)| old.len_utf8())
        .scan(0, |total, len| {
            *total += len;
            Some(*total)
        })
        .take_while(|total| *total <= most)
        .last()
        .unwrap_or(0);
    (start, end)
}

/// Where each kept detail's mark is now, as (ordinal, position); none
/// when it is gone. `kept` are the details' kinds and positions in
/// `before`, the text as it was; `fresh` the positions in `after` of
/// details found in this correction. A mark in the unchanged start or end
/// of the text is the same mark; in the edited middle, a mark is its old
/// detail's only when that is the one detail of its kind there and the
/// middle holds one mark of that kind: anything less sure drops the
/// detail, the safe way (it can no longer be shown in a wrong place).
fn place(
    (before, after): (&str, &str),
    kept: &[(Kind, usize)],
    fresh: &[usize],
) -> Vec<Option<(i32, usize)>> {
    let (start, end) = unchanged_ends(before, after);
    let old_marks = marks_in(before);
    let new_marks = marks_in(after);
    let ordinal_of = |position: usize| {
        (new_marks.iter())
            .position(|mark| mark.position == position)
            .and_then(|index| i32::try_from(index + 1).ok())
    };
    let same_kind_at = |position: usize, kind: Kind| {
        new_marks
            .iter()
            .any(|mark| mark.position == position && mark.kind == kind)
            && !fresh.contains(&position)
    };
    let mut placed: Vec<Option<usize>> = Vec::with_capacity(kept.len());
    let mut in_middle = Vec::new();
    for (index, (kind, position)) in kept.iter().enumerate() {
        let old = old_marks.iter().find(|mark| mark.position == *position);
        let moved = match old {
            Some(mark) if mark.kind == *kind && position + mark.len <= start => Some(*position),
            Some(mark) if mark.kind == *kind && *position >= before.len() - end => {
                Some(position + after.len() - before.len())
            }
            Some(mark) if mark.kind == *kind => {
                in_middle.push(index);
                None
            }
            _ => None,
        };
        placed.push(moved.filter(|at| same_kind_at(*at, *kind)));
    }
    let middle = start..after.len() - end;
    for index in &in_middle {
        let kind = kept[*index].0;
        let rivals = (in_middle.iter())
            .filter(|other| kept[**other].0 == kind)
            .count();
        let candidates: Vec<usize> = (new_marks.iter())
            .filter(|mark| mark.kind == kind && middle.contains(&mark.position))
            .map(|mark| mark.position)
            .filter(|position| !fresh.contains(position))
            .collect();
        if let ([only], 1) = (candidates.as_slice(), rivals) {
            placed[*index] = Some(*only);
        }
    }
    placed
        .into_iter()
        .map(|at| at.and_then(|at| Some((ordinal_of(at)?, at))))
        .collect()
}

/// A row's corrected texts.
pub struct Correction<'a> {
    /// Each field's name and text as it was.
    pub before: &'a [(&'a str, &'a str)],
    /// The same, as it is now stored.
    pub after: &'a [(&'a str, String)],
    /// The fields and positions of details found in this correction
    /// (stored after this).
    pub fresh: &'a [(&'a str, usize)],
}

/// Brings the details kept for the row `id` of `subject` in line with its
/// corrected texts: each detail whose mark is still there takes its
/// mark's place; the others go.
pub async fn reconcile(
    db: &impl ConnectionTrait,
    (subject, id): (Subject, i32),
    correction: Correction<'_>,
) -> Result<(), DbErr> {
    let Correction {
        before,
        after,
        fresh,
    } = correction;
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq(subject.key()))
        .filter(detail::Column::SubjectId.eq(id))
        .order_by_asc(detail::Column::Position)
        .order_by_asc(detail::Column::Id)
        .all(db)
        .await?;
    let mut gone = Vec::new();
    for (field, text) in after {
        let was = (before.iter())
            .find(|(name, _)| name == field)
            .map_or("", |(_, text)| *text);
        let olds: Vec<&detail::Model> = kept.iter().filter(|old| old.field == *field).collect();
        let kinds: Vec<(Kind, usize)> = (olds.iter())
            .map(|old| {
                let kind = Kind::from_key(&old.kind).unwrap_or(Kind::ChildName);
                (kind, usize::try_from(old.position).unwrap_or(usize::MAX))
            })
            .collect();
        let fresh: Vec<usize> = (fresh.iter())
            .filter(|(name, _)| name == field)
            .map(|(_, position)| *position)
            .collect();
        for (old, placed) in olds.iter().zip(place((was, text), &kinds, &fresh)) {
            match placed {
                Some((ordinal, position)) => move_to(db, old, ordinal, position).await?,
                None => gone.push(old.id),
            }
        }
    }
    if !gone.is_empty() {
        detail::Entity::delete_many()
            .filter(detail::Column::Id.is_in(gone))
            .exec(db)
            .await?;
    }
    Ok(())
}

async fn move_to(
    db: &impl ConnectionTrait,
    old: &detail::Model,
    ordinal: i32,
    position: usize,
) -> Result<(), DbErr> {
    let position = i32::try_from(position).unwrap_or(i32::MAX);
    if (old.ordinal, old.position) == (ordinal, position) {
        return Ok(());
    }
    detail::Entity::update_many()
        .col_expr(detail::Column::Ordinal, Expr::value(ordinal))
        .col_expr(detail::Column::Position, Expr::value(position))
        .filter(detail::Column::Id.eq(old.id))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(kind: Kind) -> String {
        placeholder(Locale::En, kind)
    }

    /// The kinds and positions of the marks in `text`, as details kept.
    fn kept_in(text: &str) -> Vec<(Kind, usize)> {
        marks_in(text)
            .into_iter()
            .map(|mark| (mark.kind, mark.position))
            .collect()
    }

    #[test]
    fn marks_are_found_in_every_language_in_order() {
        let text = format!(
            "A {} met {} at {}.",
            mark(Kind::ChildName),
            placeholder(Locale::Fr, Kind::School),
            placeholder(Locale::Es, Kind::Address),
        );
        let found = marks_in(&text);
        let kinds: Vec<Kind> = found.iter().map(|mark| mark.kind).collect();
        assert_eq!(kinds, [Kind::ChildName, Kind::School, Kind::Address]);
        assert_eq!(found[0].position, 2);
        assert_eq!(ordinal_at(&text, found[2].position), 3);
    }

    #[test]
    fn unchanged_ends_never_overlap() {
        assert_eq!(unchanged_ends("abc", "abc"), (3, 0));
        assert_eq!(unchanged_ends("a x b", "a b"), (2, 1));
        assert_eq!(unchanged_ends("aaa", "aa"), (2, 0));
        assert_eq!(unchanged_ends("é1é", "é2é"), (2, 2));
    }

    #[test]
    fn of_two_children_the_one_whose_mark_was_deleted_goes() {
        let child = mark(Kind::ChildName);
        let before = format!("Ana met {child} and then {child}.");
        let after = format!("Ana met then {child}.");
        let kept = kept_in(&before);
        let second = after.find(&child).unwrap();
        assert_eq!(
            place((&before, &after), &kept, &[]),
            [None, Some((1, second))],
            "the second child's detail stays with its mark"
        );
    }

    #[test]
    fn marks_before_and_after_an_edit_move_with_the_text() {
        let (child, school) = (mark(Kind::ChildName), mark(Kind::School));
        let before = format!("{child} goes to {school}. More.");
        let after = format!("Since May, {child} goes to {school}. More words.");
        let kept = kept_in(&before);
        let moved: Vec<usize> = kept_in(&after).iter().map(|(_, at)| *at).collect();
        assert_eq!(
            place((&before, &after), &kept, &[]),
            [Some((1, moved[0])), Some((2, moved[1]))]
        );
    }

    #[test]
    fn a_new_detail_in_the_edit_takes_no_old_one_and_an_unsure_pair_is_dropped() {
        let child = mark(Kind::ChildName);
        let before = format!("We met {child}.");
        // The old name's mark was retyped inside a rewritten sentence, with
        // a new child found in the same edit.
        let after = format!("Yesterday {child} and {child} came.");
        let positions: Vec<usize> = kept_in(&after).iter().map(|(_, at)| *at).collect();
        let kept = kept_in(&before);
        assert_eq!(
            place((&before, &after), &kept, &[positions[1]]),
            [Some((1, positions[0]))],
            "the only old child pairs with the only mark that is not new"
        );
        assert_eq!(
            place((&before, &after), &kept, &[]),
            [None],
            "two marks for one old detail: unsure, so dropped"
        );
    }

    #[test]
    fn a_mark_typed_by_hand_pairs_with_nothing() {
        let before = "No marks here.".to_string();
        let after = format!("No marks here, {}.", mark(Kind::School));
        assert!(place((&before, &after), &[], &[]).is_empty());
        let kept = [(Kind::ChildName, 0)];
        assert_eq!(place(("gone", "gone"), &kept, &[]), [None]);
    }
}
