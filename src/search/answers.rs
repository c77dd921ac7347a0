//! The answers of recent searches, kept while the index stays as it was.
//!
//! Visitors ask the same things again and again: the same popular words,
//! the next page, one more filter and back. An answer depends only on the
//! request and on the index, so it is kept, keyed by the request, until the
//! index changes (its generation moves on when a change is applied): a
//! kept answer is never older than what a new search would find.

use std::{
    num::NonZeroUsize,
    sync::{Arc, Mutex},
};

use lru::LruCache;

use super::{Request, Results};

/// Answers kept: a results page's answer is a few kilobytes.
const KEPT: NonZeroUsize = NonZeroUsize::new(1024).unwrap();

pub struct Answers {
    kept: Mutex<Kept>,
}

struct Kept {
    /// The index generation the answers were found in.
    generation: u64,
    answers: LruCache<Request, Arc<Results>>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers {
            kept: Mutex::new(Kept {
                generation: 0,
                answers: LruCache::new(KEPT),
            }),
        }
    }

    /// The answer to `request` found in the index's `generation`, if kept.
    pub fn get(&self, generation: u64, request: &Request) -> Option<Arc<Results>> {
        let mut kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.generation != generation {
            return None;
        }
        kept.answers.get(request).cloned()
    }

    /// Keeps `answer`, found in `generation`; the answers of an older
    /// generation are dropped.
    pub fn keep(&self, generation: u64, request: Request, answer: Arc<Results>) {
        let mut kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if generation < kept.generation {
            return;
        }
        if generation > kept.generation {
            kept.answers.clear();
            kept.generation = generation;
        }
        kept.answers.put(request, answer);
    }
}

#[cfg(test)]
mod tests {
    use std::{collections::HashMap, sync::Arc};

    use super::Answers;
    use crate::{i18n::Locale, search::Request, search::Results};

    fn request(text: &str) -> Request {
        Request {
            text: text.into(),
            filters: vec![("kind", "research".into())],
            by_date: false,
            resources_only: false,
            offset: 0,
            limit: 20,
            locale: Locale::Es,
        }
    }

    fn answer(total: usize) -> Arc<Results> {
        Arc::new(Results {
            total,
            hits: Vec::new(),
            facets: HashMap::new(),
        })
    }

    #[test]
    fn an_answer_is_kept_until_the_index_changes() {
        let answers = Answers::new();
        answers.keep(3, request("justicia"), answer(7));
        assert_eq!(
            answers
                .get(3, &request("justicia"))
                .map(|found| found.total),
            Some(7)
        );
        assert!(answers.get(3, &request("justicia juvenil")).is_none());
        // The index moved on: what was kept may be out of date.
        assert!(answers.get(4, &request("justicia")).is_none());
        // A search that began before the change ends after it: its answer
        // is not kept over the newer ones.
        answers.keep(4, request("niños"), answer(2));
        answers.keep(3, request("justicia"), answer(7));
        assert!(answers.get(3, &request("justicia")).is_none());
        assert_eq!(
            answers.get(4, &request("niños")).map(|found| found.total),
            Some(2)
        );
    }
}
