//! Staff roles. Each role includes the powers of those before it.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Member,
    Evaluator,
    Editor,
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

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    /// The message key of the role's name.
    pub fn label_key(self) -> String {
        format!("role-{}", self.key())
    }
}
