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

/// The marks of hidden details in `text`, in any of the three languages
/// (a text may be corrected in another language than it was sent in),
/// with their byte positions, in order.
pub fn marks_in(text: &str) -> Vec<(usize, Kind)> {
    let mut marks: Vec<(usize, Kind)> = Locale::ALL
        .into_iter()
        .flat_map(|locale| Kind::ALL.map(|kind| (placeholder(locale, kind), kind)))
        .flat_map(|(mark, kind)| {
            text.match_indices(&mark)
                .map(move |(position, _)| (position, kind))
                .collect::<Vec<_>>()
        })
        .collect();
    marks.sort_by_key(|(position, _)| *position);
    marks.dedup_by_key(|(position, _)| *position);
    marks
}

/// A mark's place among its field's marks, from 1: what a detail's
/// `ordinal` says.
pub fn ordinal_at(text: &str, position: usize) -> i32 {
    let before = marks_in(text)
        .iter()
        .filter(|(at, _)| *at < position)
        .count();
    i32::try_from(before + 1).unwrap_or(i32::MAX)
}

/// Where each kept detail's mark is now, as (ordinal, position); none
/// when it is gone. The marks are read in order and each is paired with
/// the next kept detail of its kind (`kept`, in their old order); the
/// details passed over lost their marks. The marks at `fresh` positions
/// belong to details found in this correction, so pair with none.
fn pair(kept: &[Kind], marks: &[(usize, Kind)], fresh: &[usize]) -> Vec<Option<(i32, usize)>> {
    let mut placed = vec![None; kept.len()];
    let mut next = 0;
    for (ordinal, (position, kind)) in (1..).zip(marks) {
        if fresh.contains(position) {
            continue;
        }
        if let Some(offset) = kept[next..].iter().position(|old| old == kind) {
            placed[next + offset] = Some((ordinal, *position));
            next += offset + 1;
        }
    }
    placed
}

/// Brings the details kept for the row `id` of `subject` in line with its
/// corrected `texts` (each field's name and text as now stored): each
/// detail whose mark is still there takes its mark's place; the others go.
/// `fresh` are the fields and positions of details found in this
/// correction, stored after this.
pub async fn reconcile(
    db: &impl ConnectionTrait,
    (subject, id): (Subject, i32),
    texts: &[(&str, String)],
    fresh: &[(&str, usize)],
) -> Result<(), DbErr> {
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq(subject.key()))
        .filter(detail::Column::SubjectId.eq(id))
        .order_by_asc(detail::Column::Position)
        .order_by_asc(detail::Column::Id)
        .all(db)
        .await?;
    let mut gone = Vec::new();
    for (field, text) in texts {
        let olds: Vec<&detail::Model> = kept.iter().filter(|old| old.field == *field).collect();
        let kinds: Vec<Kind> = olds
            .iter()
            .map(|old| Kind::from_key(&old.kind).unwrap_or(Kind::ChildName))
            .collect();
        let fresh: Vec<usize> = fresh
            .iter()
            .filter(|(name, _)| name == field)
            .map(|(_, position)| *position)
            .collect();
        for (old, placed) in olds.iter().zip(pair(&kinds, &marks_in(text), &fresh)) {
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

    #[test]
    fn marks_are_found_in_every_language_in_order() {
        let text = format!(
            "A {} met {} at {}.",
            placeholder(Locale::En, Kind::ChildName),
            placeholder(Locale::Fr, Kind::School),
            placeholder(Locale::Es, Kind::Address),
        );
        let kinds: Vec<Kind> = marks_in(&text).into_iter().map(|(_, kind)| kind).collect();
        assert_eq!(kinds, [Kind::ChildName, Kind::School, Kind::Address]);
        assert_eq!(marks_in(&text)[0].0, 2);
        assert_eq!(ordinal_at(&text, marks_in(&text)[2].0), 3);
    }

    #[test]
    fn a_deleted_mark_drops_its_detail_and_the_others_move() {
        use Kind::{ChildName, Phone, School};
        // Three details; the author deleted the school and wrote a new
        // phone number first (found again, at position 0).
        let kept = [ChildName, School, ChildName];
        let marks = [(0, Phone), (10, ChildName), (30, ChildName)];
        assert_eq!(
            pair(&kept, &marks, &[0]),
            [Some((2, 10)), None, Some((3, 30))]
        );
    }

    #[test]
    fn a_mark_typed_by_hand_pairs_with_nothing() {
        use Kind::{ChildName, School};
        let kept = [ChildName];
        let marks = [(0, School), (20, ChildName)];
        assert_eq!(pair(&kept, &marks, &[]), [Some((2, 20))]);
        assert_eq!(pair(&kept, &[], &[]), [None]);
    }
}
