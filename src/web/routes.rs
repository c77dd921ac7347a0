//! What a feature adds to every language section: public pages, staff
//! pages (under `/staff`, for evaluators or for editors) and admin pages
//! (under `/admin`). The application
//! puts the role guard in front of the last two, so a staff handler cannot
//! forget it.

use axum::Router;

use crate::state::AppState;

#[derive(Default)]
pub struct FeatureRoutes {
    pub public: Router<AppState>,
    /// Paths relative to `/staff`; evaluators and editors get past the guard.
    pub staff: Router<AppState>,
    /// Paths relative to `/staff` too, for editors only.
    pub editor: Router<AppState>,
    /// Paths relative to `/admin`; admins only.
    pub admin: Router<AppState>,
}

impl FeatureRoutes {
    pub fn public(public: Router<AppState>) -> FeatureRoutes {
        FeatureRoutes {
            public,
            ..FeatureRoutes::default()
        }
    }

    pub fn merge(self, other: FeatureRoutes) -> FeatureRoutes {
        FeatureRoutes {
            public: self.public.merge(other.public),
            staff: self.staff.merge(other.staff),
            editor: self.editor.merge(other.editor),
            admin: self.admin.merge(other.admin),
        }
    }
}
