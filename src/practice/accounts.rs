//! Practice accounts: each one teaches a situation a newcomer may be in.

pub struct Account {
    pub username: &'static str,
    /// Suffix of the `practice-account-*` message that says which situation it shows.
    pub situation: &'static str,
    pub given_name: &'static str,
    pub family_name: &'static str,
    pub birthdate: &'static str,
    pub gender: &'static str,
    /// INSEE commune code; empty when born abroad.
    pub birthplace: &'static str,
    /// INSEE country code; `99100` is France.
    pub birthcountry: &'static str,
    pub email: &'static str,
    /// The usage name (`preferred_username`), empty when the provider gives none.
    pub preferred_username: &'static str,
    /// False for a person with only a temporary number: the register has no match.
    pub in_register: bool,
}

/// Every practice account has this password; the login page fills it in.
pub const PASSWORD: &str = "entrainement";

pub const ACCOUNTS: &[Account] = &[
    Account {
        username: "jean.martin",
        situation: "typical",
        given_name: "Jean",
        family_name: "MARTIN",
        birthdate: "1985-03-14",
        gender: "male",
        birthplace: "69123",
        birthcountry: "99100",
        email: "jean.martin@example.org",
        preferred_username: "",
        in_register: true,
    },
    Account {
        username: "angela.dubois",
        situation: "several",
        given_name: "Angela Claire Louise",
        family_name: "DUBOIS",
        birthdate: "1962-08-24",
        gender: "female",
        birthplace: "75107",
        birthcountry: "99100",
        email: "angela.dubois@example.org",
        preferred_username: "LEROY",
        in_register: true,
    },
    Account {
        username: "oksana.kovalenko",
        situation: "abroad",
        given_name: "Oksana",
        family_name: "KOVALENKO",
        birthdate: "1990-05-02",
        gender: "female",
        birthplace: "",
        birthcountry: "99155",
        email: "oksana.kovalenko@example.org",
        preferred_username: "",
        in_register: true,
    },
    Account {
        username: "ahmad.karimi",
        situation: "temporary",
        given_name: "Ahmad",
        family_name: "KARIMI",
        birthdate: "1994-11-30",
        gender: "male",
        birthplace: "",
        birthcountry: "99212",
        email: "ahmad.karimi@example.org",
        preferred_username: "",
        in_register: false,
    },
];

pub fn by_username(name: &str) -> Option<usize> {
    ACCOUNTS.iter().position(|a| a.username == name.trim())
}
