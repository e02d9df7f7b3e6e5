//! The identity providers a person may already have an account with.
//! Data only, so that it is easy to update; the texts that describe each one
//! live in the locales as `idp-<id>-who` and `idp-<id>-needs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idp {
    /// Stable id of this program, used for Fluent message ids and by the
    /// practice provider. FranceConnect's own ids are per client: never sent as a guess.
    pub id: &'static str,
    /// The name as the real FranceConnect page shows it (French, not translated).
    pub name: &'static str,
}

pub const IDPS: &[Idp] = &[
    Idp {
        id: "impots",
        name: "impots.gouv.fr",
    },
    Idp {
        id: "ameli",
        name: "ameli.fr",
    },
    Idp {
        id: "laposte",
        name: "L'Identité Numérique La Poste",
    },
    Idp { id: "msa", name: "MSA" },
    Idp {
        id: "france-identite",
        name: "France Identité",
    },
    Idp {
        id: "yris",
        name: "Yris",
    },
    Idp {
        id: "trustme",
        name: "TrustMe",
    },
];

pub fn by_id(id: &str) -> Option<&'static Idp> {
    IDPS.iter().find(|i| i.id == id)
}
