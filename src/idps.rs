//! The identity providers a person may already have an account with.
//! Data only, so that it is easy to update; the texts that describe each one
//! live in the locales as `idp-<id>-who` and `idp-<id>-needs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idp {
    /// Stable id of this program, used for Fluent message ids and the practice
    /// provider's forms. Never sent as `idp_hint`: FranceConnect knows only its own ids.
    pub id: &'static str,
    /// The name as the real FranceConnect page shows it (French, not translated).
    pub name: &'static str,
    /// The practice provider's id for it, shaped like the platform's (a UUID):
    /// the only thing its `idp_hint` accepts, as on the platform. The real
    /// platform's ids are given to each service; never guessed from these.
    pub practice_uid: &'static str,
}

/// In the platform's order (its production list as its own dev data reproduces it).
pub const IDPS: &[Idp] = &[
    Idp {
        id: "impots",
        name: "impots.gouv.fr",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000001",
    },
    Idp {
        id: "ameli",
        name: "Ameli.fr",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000002",
    },
    Idp {
        id: "laposte",
        name: "L'Identité Numérique La Poste",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000003",
    },
    Idp {
        id: "msa",
        name: "MSA",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000004",
    },
    Idp {
        id: "yris",
        name: "YRIS",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000005",
    },
    Idp {
        id: "france-identite",
        name: "France Identité",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000006",
    },
    Idp {
        id: "trustme",
        name: "TrustMe",
        practice_uid: "1b3a4c5d-0000-4000-8000-000000000007",
    },
];

pub fn by_id(id: &str) -> Option<&'static Idp> {
    IDPS.iter().find(|i| i.id == id)
}

/// The provider a practice `idp_hint` names: its uid only, as on the platform.
pub fn by_practice_uid(uid: &str) -> Option<&'static Idp> {
    IDPS.iter().find(|i| i.practice_uid == uid)
}
