//! Staff roles. An account holds any set of them (none for a member of the
//! public): an evaluator reviews the proposals assigned to them, an editor
//! runs the proposal process (every proposal, assignments, decisions, lines
//! of work), an admin manages accounts and backups. No role includes
//! another, so an admin who also evaluates holds both. Stored one row per
//! role; a stored value that is not one of these fails the query loudly
//! rather than passing for another role.

use sea_orm::entity::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Role {
    #[sea_orm(string_value = "evaluator")]
    Evaluator,
    #[sea_orm(string_value = "editor")]
    Editor,
    #[sea_orm(string_value = "admin")]
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Evaluator, Role::Editor, Role::Admin];

    pub fn key(self) -> &'static str {
        match self {
            Role::Evaluator => "evaluator",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// The role a form names, if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Shown as its key (templates compare and print it so).
impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The roles one account holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles(u8);

impl Roles {
    /// A member of the public: no staff role.
    pub const NONE: Roles = Roles(0);

    pub fn of(roles: impl IntoIterator<Item = Role>) -> Roles {
        roles.into_iter().fold(Roles::NONE, Roles::with)
    }

    /// These roles and `role`.
    pub fn with(self, role: Role) -> Roles {
        Roles(self.0 | role.bit())
    }

    pub fn has(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |role| self.has(*role))
    }

    pub fn is_empty(self) -> bool {
        self == Roles::NONE
    }

    /// Whether they work on proposals at all (the staff workspace's queue
    /// and proposal pages): evaluators and editors.
    pub fn works_on_proposals(self) -> bool {
        self.has(Role::Evaluator) || self.has(Role::Editor)
    }

    /// The roles of comma-separated keys, as `keys` writes them; a key
    /// that names no role (the old "member") adds none.
    pub fn parse(keys: &str) -> Roles {
        keys.split(',').filter_map(Role::from_key).collect()
    }

    /// The keys, comma-separated, for the record of role changes.
    pub fn keys(self) -> String {
        self.iter().map(Role::key).collect::<Vec<_>>().join(",")
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(roles: I) -> Roles {
        Roles::of(roles)
    }
}

impl From<Role> for Roles {
    fn from(role: Role) -> Roles {
        Roles::of([role])
    }
}

/// In the data export: the list of role keys.
impl serde::Serialize for Roles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(Role::key))
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::ActiveEnum;

    use super::{Role, Roles};

    #[test]
    fn stored_values_are_the_keys_and_unknown_ones_fail() {
        for role in Role::ALL {
            assert_eq!(role.to_value(), role.key());
            assert_eq!(Role::try_from_value(&role.key().to_string()).unwrap(), role);
        }
        assert!(Role::try_from_value(&"member".to_string()).is_err());
    }

    #[test]
    fn a_set_holds_exactly_the_roles_given() {
        let both = Roles::of([Role::Editor, Role::Evaluator]);
        assert!(both.has(Role::Editor) && both.has(Role::Evaluator));
        assert!(!both.has(Role::Admin));
        assert_eq!(both.keys(), "evaluator,editor");
        assert!(both.works_on_proposals());
        assert!(!Roles::from(Role::Admin).works_on_proposals());
        assert!(Roles::NONE.is_empty() && Roles::NONE.keys().is_empty());
        assert_eq!(Roles::parse(&both.keys()), both);
        assert_eq!(Roles::parse("member"), Roles::NONE);
    }
}
