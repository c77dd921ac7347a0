//! Staff roles. Each role includes the powers of those before it. Stored as
//! text; a stored value that is not one of these fails the query loudly
//! rather than passing for another role.

use sea_orm::entity::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Role {
    #[sea_orm(string_value = "member")]
    Member,
    #[sea_orm(string_value = "evaluator")]
    Evaluator,
    #[sea_orm(string_value = "editor")]
    Editor,
    #[sea_orm(string_value = "admin")]
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Member, Role::Evaluator, Role::Editor, Role::Admin];

    pub fn key(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Evaluator => "evaluator",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// The role a form names, if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }
}

/// Shown as its key (templates compare and print it so).
impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::ActiveEnum;

    use super::Role;

    #[test]
    fn stored_values_are_the_keys_and_unknown_ones_fail() {
        for role in Role::ALL {
            assert_eq!(role.to_value(), role.key());
            assert_eq!(Role::try_from_value(&role.key().to_string()).unwrap(), role);
        }
        assert!(Role::try_from_value(&"superuser".to_string()).is_err());
    }
}
