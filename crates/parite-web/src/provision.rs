//! Setting an organization up: what the command line, the demo and the administration console
//! share.

use parite_core::{InstrumentKind, InstrumentSet};
use parite_store::{NewWave, OrgId, Store, StoreError, Timestamp, WaveId};

#[derive(Debug, thiserror::Error)]
pub enum ProvisionError {
    #[error("no instrument {0:?} is installed")]
    UnknownInstrument(String),
    /// Waves are answered by respondents: a checklist or the milestones are not.
    #[error("{0:?} is not a survey")]
    NotASurvey(String),
    #[error("no organization {0:?}")]
    UnknownOrganization(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Randomness(String),
}

/// An open wave and its shared invitation code.
pub struct OpenedWave {
    pub id: WaveId,
    pub invitation_code: String,
}

/// Opens a wave of `instrument` (pinned to its latest version) for an organization, from now
/// until `closes_at`, with one shared invitation link.
pub async fn open_wave(
    store: &Store,
    instruments: &InstrumentSet,
    org: &OrgId,
    instrument: &str,
    label: &str,
    closes_at: Option<Timestamp>,
) -> Result<OpenedWave, ProvisionError> {
    let latest = instruments
        .latest(instrument)
        .ok_or_else(|| ProvisionError::UnknownInstrument(instrument.to_owned()))?;
    if latest.kind != InstrumentKind::Survey {
        return Err(ProvisionError::NotASurvey(instrument.to_owned()));
    }
    let id = store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: latest.id.clone(),
            instrument_version: latest.version,
            label: label.to_owned(),
            opens_at: Timestamp::now(),
            closes_at,
        })
        .await?;
    let invitation_code = crate::security::random_code(8).map_err(ProvisionError::Randomness)?;
    store.create_invitation(&id, &invitation_code).await?;
    Ok(OpenedWave {
        id,
        invitation_code,
    })
}

/// Opens a wave for the organization with this slug.
pub async fn open_wave_for_slug(
    store: &Store,
    instruments: &InstrumentSet,
    slug: &str,
    instrument: &str,
    label: &str,
    closes_at: Option<Timestamp>,
) -> Result<OpenedWave, ProvisionError> {
    let org = store
        .organization_by_slug(slug)
        .await?
        .ok_or_else(|| ProvisionError::UnknownOrganization(slug.to_owned()))?;
    open_wave(store, instruments, &org.id, instrument, label, closes_at).await
}
