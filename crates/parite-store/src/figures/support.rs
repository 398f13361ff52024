//! The schedule of support of a report's organizations, as the reader may see it
//! ([`SupportFigures`]): every activity in one read, each organization's part of a shared one
//! counted for that organization only.

use std::collections::HashMap;

use parite_core::report::{ReportInstruments, WaveVisibility};
use parite_core::support::figures::{SupportFigures, SupportRecord, WaveMark};

use crate::{OrgId, Organization, Store, StoreError, Timestamp};

pub(super) async fn support_figures(
    store: &Store,
    which: &ReportInstruments,
    orgs: &[Organization],
    waves: Vec<WaveMark>,
    visibility: WaveVisibility,
) -> Result<SupportFigures, StoreError> {
    let names: HashMap<&OrgId, &str> = orgs.iter().map(|o| (&o.id, o.name.as_str())).collect();
    let ids: Vec<OrgId> = orgs.iter().map(|o| o.id.clone()).collect();
    let mut records = Vec::new();
    for activity in store.support_for(&ids).await? {
        let shared = activity.attendance.len() > 1;
        for (org, attendance) in &activity.attendance {
            // A shared training's other organizations may be outside the reader's scope.
            let Some(name) = names.get(org) else {
                continue;
            };
            records.push(SupportRecord {
                organization: (*name).to_owned(),
                kind: activity.kind.clone(),
                planned_on: activity.planned_on,
                duration_minutes: activity.duration_minutes,
                state: activity.state.clone(),
                attendance: *attendance,
                shared,
            });
        }
    }
    let Some(today) = Timestamp::now().date() else {
        return Ok(SupportFigures::default());
    };
    let order: Vec<String> = orgs.iter().map(|o| o.name.clone()).collect();
    Ok(SupportFigures::new(
        &which.support,
        &order,
        records,
        waves,
        visibility,
        today,
    ))
}
