//! The schedule of support: planning one activity or a series, delivering with attendance
//! counts, cancelling, shared activities, and an organization's erasure.

use std::collections::BTreeMap;

use parite_core::stages::Date;
use parite_core::support::{ActivityState, Attendance, Repeat, SessionLanguage, session_dates};
use parite_core::{SupportKindId, TopicId};
use parite_store::{OrgId, PlannedActivity, StoreError};

use crate::harness::{Ctx, on_both_backends, org_and_wave};

on_both_backends!(
    a_coaching_series_is_planned_then_delivered_or_cancelled_session_by_session,
    a_shared_training_counts_each_organization_apart,
    impossible_plans_and_counts_are_refused_and_change_nothing,
    erasing_an_organization_keeps_the_activities_it_shared
);

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn plan(kind: &str, organizations: Vec<OrgId>) -> PlannedActivity {
    PlannedActivity {
        organizations,
        kind: SupportKindId::parse(kind).unwrap(),
        topic: None,
        label: String::new(),
        duration_minutes: 90,
        language: SessionLanguage::French,
        facilitator: "Josée Tremblay".into(),
        facilitator_is_peer: true,
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, StoreError>, what: &str) {
    match result {
        Err(StoreError::Invalid { what: got, .. }) => assert_eq!(got, what),
        other => panic!("expected Invalid {what}, got {other:?}"),
    }
}

fn counts(peers: u32, staff: u32) -> Attendance {
    Attendance {
        peers,
        staff,
        wrap_completed: None,
    }
}

async fn a_coaching_series_is_planned_then_delivered_or_cancelled_session_by_session(ctx: &Ctx) {
    let store = &ctx.store;
    let (org, _) = org_and_wave(store).await;
    let every_second_tuesday = Repeat {
        every_weeks: 2,
        until: date("2027-03-02"),
    };
    let dates = session_dates(date("2027-01-05"), Some(every_second_tuesday)).unwrap();
    let ids = store
        .plan_support(plan("coaching", vec![org.clone()]), &dates, None)
        .await
        .unwrap();
    assert_eq!(ids.len(), 5);
    let listed = store.support_for(std::slice::from_ref(&org)).await.unwrap();
    let planned: Vec<Date> = listed.iter().map(|a| a.planned_on).collect();
    assert_eq!(planned, dates, "in date order");
    let series = listed[0].series_id.clone();
    assert!(series.is_some() && listed.iter().all(|a| a.series_id == series));
    assert!(listed.iter().all(|a| a.state == ActivityState::Planned));
    assert_eq!(listed[0].attendance, BTreeMap::from([(org.clone(), None)]));

    store
        .deliver_support(
            &ids[0],
            date("2027-01-06"),
            BTreeMap::from([(org.clone(), counts(2, 5))]),
        )
        .await
        .unwrap();
    store
        .cancel_support(&ids[1], "  Tempête de neige  ")
        .await
        .unwrap();
    let first = store.support_activity(&ids[0]).await.unwrap().unwrap();
    assert_eq!(
        first.state,
        ActivityState::Delivered {
            on: date("2027-01-06")
        }
    );
    assert_eq!(first.attendance[&org], Some(counts(2, 5)));
    assert_eq!(
        (first.duration_minutes, first.facilitator_is_peer),
        (90, true)
    );
    let second = store.support_activity(&ids[1]).await.unwrap().unwrap();
    assert_eq!(
        second.state,
        ActivityState::Cancelled {
            reason: "Tempête de neige".into()
        }
    );
    // A cancelled session held after all: delivered, its reason gone.
    store
        .deliver_support(
            &ids[1],
            date("2027-01-21"),
            BTreeMap::from([(org.clone(), counts(1, 4))]),
        )
        .await
        .unwrap();
    let held = store.support_activity(&ids[1]).await.unwrap().unwrap();
    assert_eq!(
        held.state,
        ActivityState::Delivered {
            on: date("2027-01-21")
        }
    );
}

async fn a_shared_training_counts_each_organization_apart(ctx: &Ctx) {
    let store = &ctx.store;
    let (a, _) = org_and_wave(store).await;
    let (b, _) = org_and_wave(store).await;
    let (other, _) = org_and_wave(store).await;
    let mut training = plan("training", vec![a.clone(), b.clone()]);
    training.topic = Some(TopicId::parse("anti-oppression").unwrap());
    training.language = SessionLanguage::Both;
    let wrap = plan("wrap", vec![a.clone()]);
    let training = store
        .plan_support(training, &[date("2027-02-10")], None)
        .await
        .unwrap();
    let wrap = store
        .plan_support(wrap, &[date("2027-03-01")], None)
        .await
        .unwrap();
    assert_eq!(
        store
            .support_for(std::slice::from_ref(&a))
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        store
            .support_for(std::slice::from_ref(&b))
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(store.support_for(&[other]).await.unwrap().is_empty());

    let attendance = BTreeMap::from([(a.clone(), counts(3, 7)), (b.clone(), counts(0, 4))]);
    store
        .deliver_support(&training[0], date("2027-02-10"), attendance.clone())
        .await
        .unwrap();
    let read = store.support_activity(&training[0]).await.unwrap().unwrap();
    assert_eq!(
        read.topic.as_ref().map(TopicId::as_str),
        Some("anti-oppression")
    );
    assert_eq!(read.language, SessionLanguage::Both);
    assert_eq!(
        read.attendance,
        attendance
            .into_iter()
            .map(|(org, c)| (org, Some(c)))
            .collect()
    );
    let completed = Attendance {
        peers: 4,
        staff: 0,
        wrap_completed: Some(3),
    };
    store
        .deliver_support(
            &wrap[0],
            date("2027-03-01"),
            BTreeMap::from([(a.clone(), completed)]),
        )
        .await
        .unwrap();
    let wrap = store.support_activity(&wrap[0]).await.unwrap().unwrap();
    assert_eq!(wrap.attendance[&a].and_then(|c| c.wrap_completed), Some(3));
}

async fn impossible_plans_and_counts_are_refused_and_change_nothing(ctx: &Ctx) {
    let store = &ctx.store;
    let (a, _) = org_and_wave(store).await;
    let (b, _) = org_and_wave(store).await;
    refused(
        store
            .plan_support(plan("coaching", vec![]), &[date("2027-01-05")], None)
            .await,
        "support activity",
    );
    let mut endless = plan("coaching", vec![a.clone()]);
    endless.duration_minutes = 0;
    refused(
        store
            .plan_support(endless, &[date("2027-01-05")], None)
            .await,
        "duration",
    );
    let shared = store
        .plan_support(
            plan("training", vec![a.clone(), b.clone()]),
            &[date("2027-01-05")],
            None,
        )
        .await
        .unwrap();
    // Every organization it is for is counted, and only those.
    refused(
        store
            .deliver_support(
                &shared[0],
                date("2027-01-05"),
                BTreeMap::from([(a.clone(), counts(1, 1))]),
            )
            .await,
        "attendance",
    );
    let too_many_completed = Attendance {
        peers: 1,
        staff: 0,
        wrap_completed: Some(2),
    };
    let attendance = BTreeMap::from([(a.clone(), too_many_completed), (b.clone(), counts(0, 0))]);
    refused(
        store
            .deliver_support(&shared[0], date("2027-01-05"), attendance)
            .await,
        "attendance",
    );
    refused(store.cancel_support(&shared[0], "   ").await, "reason");
    let unchanged = store.support_activity(&shared[0]).await.unwrap().unwrap();
    assert_eq!(unchanged.state, ActivityState::Planned);
    assert!(unchanged.attendance.values().all(Option::is_none));
    let unknown = parite_store::SupportActivityId::from("nope".to_owned());
    assert!(matches!(
        store.cancel_support(&unknown, "raison").await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn erasing_an_organization_keeps_the_activities_it_shared(ctx: &Ctx) {
    let store = &ctx.store;
    let (a, _) = org_and_wave(store).await;
    let (b, _) = org_and_wave(store).await;
    store
        .plan_support(
            plan("coaching", vec![a.clone()]),
            &[date("2027-01-05")],
            None,
        )
        .await
        .unwrap();
    let shared = store
        .plan_support(
            plan("training", vec![a.clone(), b.clone()]),
            &[date("2027-01-12")],
            None,
        )
        .await
        .unwrap();
    let erased = store.delete_organization(&a).await.unwrap().unwrap();
    assert_eq!(
        erased.support_activities, 1,
        "the coaching was for it alone"
    );
    let left = store.support_for(std::slice::from_ref(&b)).await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, shared[0]);
    assert_eq!(left[0].attendance.keys().collect::<Vec<_>>(), [&b]);
}
