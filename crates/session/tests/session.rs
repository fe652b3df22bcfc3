//! The widget's live run, natively: what the charts and readouts will show.
#![cfg(not(target_arch = "wasm32"))]

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, LegCondition, Stockings};
use calf_pump_session::{chart_window_s, Session, Start, SAMPLE_INTERVAL_S, WINDOW_S};

fn run(session: &mut Session, seconds: f64) {
    // As the browser does: one call per 1/60 s frame.
    for _ in 0..(seconds * 60.0) as u32 {
        session.advance(1.0 / 60.0);
    }
}

fn walking() -> Scenario {
    Scenario {
        activity: Activity::Walking,
        ..Default::default()
    }
}

#[test]
fn the_trace_holds_the_longest_chart_window_of_samples() {
    assert_eq!(chart_window_s(Activity::Walking), 30.0);
    assert_eq!(chart_window_s(Activity::Tiptoe), WINDOW_S);
    let mut s = Session::new(Scenario::default(), Start::UnderWay);
    run(&mut s, 75.0);
    let trace = &s.reader().trace();
    assert_eq!(trace.len(), (WINDOW_S / SAMPLE_INTERVAL_S) as usize + 1);
    let span = trace.latest().unwrap().time_s - trace.samples().next().unwrap().time_s;
    assert!((span - WINDOW_S).abs() < 1e-6, "{span}");
}

#[test]
fn switching_to_walking_lowers_the_ankle_pressure_and_says_so() {
    let mut s = Session::new(Scenario::default(), Start::UnderWay);
    run(&mut s, 5.0);
    let (standing, _) = s.reader().trace().mean_over(2.0).unwrap();
    s.apply(walking());
    assert_eq!(
        s.take_change(),
        None,
        "nothing to report before the pressure has settled"
    );
    run(&mut s, 15.0);
    let (walking_now, flow) = s.reader().trace().mean_over(2.0).unwrap();
    assert!(walking_now < standing - 40.0, "{standing} → {walking_now}");
    assert!(flow > 500.0);
    let change = s.take_change().expect("a change reported after settling");
    assert_eq!(change.activity, Activity::Walking);
    assert!((change.before_mmhg - standing).abs() < 2.0, "{change:?}");
    assert!((change.after_mmhg - walking_now).abs() < 2.0, "{change:?}");
    // Walking settles within a dozen strides: 4 to 24 steps of both legs.
    assert!((4..=24).contains(&change.count), "{change:?}");
    assert_eq!(s.take_change(), None, "reported once");
}

#[test]
fn compare_mode_runs_a_healthy_leg_doing_the_same_activity() {
    let scenario = Scenario {
        activity: Activity::Walking,
        leg: LegCondition::DeepReflux,
        stockings: Stockings::None,
    };
    let mut s = Session::new(scenario, Start::UnderWay);
    s.set_compare(true);
    run(&mut s, 12.0);
    let healthy = s.healthy().expect("compare on");
    assert_eq!(healthy.simulation().condition(), LegCondition::Healthy);
    assert_eq!(healthy.simulation().activity(), Activity::Walking);
    let (reader_p, _) = s.reader().trace().mean_over(4.0).unwrap();
    let (healthy_p, _) = healthy.trace().mean_over(4.0).unwrap();
    assert!(
        healthy_p + 20.0 < reader_p,
        "healthy {healthy_p} vs deep reflux {reader_p}"
    );
    // Both share one clock, so the lines line up on the chart.
    assert!((healthy.state().time_s - s.reader().state().time_s).abs() < 1e-6);
    s.set_compare(false);
    assert!(s.healthy().is_none());
}

#[test]
fn a_long_pause_does_not_freeze_the_widget_catching_up() {
    let mut s = Session::new(walking(), Start::UnderWay);
    let before = s.reader().state().time_s;
    s.advance(3600.0);
    assert!(s.reader().state().time_s - before <= 0.5 + 1e-9);
    s.advance(f64::NAN);
    s.advance(-1.0);
    assert!(s.reader().state().ankle_pressure_mmhg.is_finite());
}

#[test]
fn csv_export_has_a_header_and_one_row_per_sample() {
    let mut s = Session::new(walking(), Start::UnderWay);
    run(&mut s, 2.0);
    let csv = s
        .reader()
        .trace()
        .to_csv("time_s,ankle_pressure_mmhg,venous_return_ml_min");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("time_s,ankle_pressure_mmhg,venous_return_ml_min")
    );
    assert_eq!(lines.count(), s.reader().trace().len());
}

#[test]
fn the_tiptoe_test_is_read_like_a_clinician_reads_it() {
    let mut s = Session::new(
        Scenario {
            activity: Activity::Tiptoe,
            ..Default::default()
        },
        Start::UnderWay,
    );
    let reading = s.tiptoe().expect("tiptoe test started");
    assert!((80.0..95.0).contains(&reading.rest_mmhg));
    run(&mut s, 5.0);
    assert_eq!(
        s.tiptoe().unwrap().stopped_s,
        None,
        "still raising after 5 s"
    );
    run(&mut s, 60.0);
    let t = s.tiptoe().unwrap();
    let fall = t.fall_pct().expect("fall measured after ten raises");
    assert!((55.0..=85.0).contains(&fall), "fall {fall}");
    let refill = t.refill_time_s().expect("refilled within a minute");
    assert!((20.0..=60.0).contains(&refill), "refill {refill}");
    // A leaky surface vein refills fast: the test tells them apart.
    let mut leaky = Session::new(
        Scenario {
            activity: Activity::Tiptoe,
            leg: LegCondition::SuperficialReflux,
            ..Default::default()
        },
        Start::UnderWay,
    );
    run(&mut leaky, 65.0);
    let leaky_refill = leaky.tiptoe().unwrap().refill_time_s().unwrap();
    assert!(
        leaky_refill < 20.0 && leaky_refill < refill,
        "{leaky_refill}"
    );
    // Switching away clears it.
    s.apply(walking());
    assert!(s.tiptoe().is_none());
}

#[test]
fn a_swimmer_takes_the_stockings_off_and_puts_them_back_on_after() {
    let swimming = Scenario {
        activity: Activity::Swimming,
        leg: LegCondition::SuperficialReflux,
        stockings: Stockings::Class20to30,
    };
    assert!(swimming.stockings_set_aside());
    // The link keeps the reader's choice.
    assert_eq!(
        swimming.to_link_query(),
        "activity=swimming&leg=superficial-reflux&stockings=20-30"
    );
    let mut s = Session::new(swimming, Start::UnderWay);
    assert_eq!(s.reader().simulation().stockings_worn(), Stockings::None);
    run(&mut s, 2.0);
    s.apply(Scenario {
        activity: Activity::Walking,
        ..swimming
    });
    assert_eq!(
        s.reader().simulation().stockings_worn(),
        Stockings::Class20to30,
        "back on for walking"
    );
    let bare = Scenario {
        stockings: Stockings::None,
        ..swimming
    };
    assert!(!bare.stockings_set_aside(), "nothing to set aside");
}

#[test]
fn samples_since_skips_exactly_the_older_samples() {
    let mut s = Session::new(Scenario::default(), Start::UnderWay);
    run(&mut s, 75.0);
    let trace = s.reader().trace();
    let now = trace.latest().unwrap().time_s;
    let recent: Vec<_> = trace.samples_since(now - 30.0).collect();
    let filtered: Vec<_> = trace.samples().filter(|x| x.time_s >= now - 30.0).collect();
    assert_eq!(recent, filtered);
    assert!(recent.len() < trace.len());
}

#[test]
fn a_link_opens_walking_settled_and_reset_starts_it_from_rest() {
    let opened = Session::new(walking(), Start::UnderWay);
    let over = Session::new(walking(), Start::FromRest);
    let opened_mmhg = opened.reader().state().ankle_pressure_mmhg;
    let over_mmhg = over.reader().state().ankle_pressure_mmhg;
    // Opened from a link: already the walking leg's pressure (healthy ~24 mmHg).
    assert!(opened_mmhg < 40.0, "opened at {opened_mmhg}");
    // Started over: the standing leg's ~88 mmHg, for the reader to watch fall.
    assert!(over_mmhg > 80.0, "started over at {over_mmhg}");
}

#[test]
fn the_tiptoe_test_starts_from_standing_still_whatever_came_before() {
    // After swimming the leg is at ~10 mmHg: a test from there once read
    // "fell from 36 to 48 mmHg (-33 %)".
    let mut s = Session::new(
        Scenario {
            activity: Activity::Swimming,
            ..Scenario::default()
        },
        Start::UnderWay,
    );
    s.apply(Scenario {
        activity: Activity::Tiptoe,
        ..Scenario::default()
    });
    let reading = s.tiptoe().expect("the test has started");
    assert!(
        reading.rest_mmhg > 80.0,
        "the test starts at {} mmHg",
        reading.rest_mmhg
    );
}

#[test]
fn the_swelling_reading_holds_steady_from_stride_to_stride() {
    use calf_pump_session::Readings;
    // Within each stride the instant's rate swings (a leaky deep leg's from
    // about 1.4 to 1.9 mL/min); the reading is over whole strides, so the
    // words beside it ("building up", "building up slowly") do not flicker.
    for leg in LegCondition::ALL {
        let scenario = Scenario {
            activity: Activity::Walking,
            leg,
            ..Default::default()
        };
        let mut s = Session::new(scenario, Start::UnderWay);
        run(&mut s, 10.0);
        let (mut lo, mut hi) = (f64::MAX, f64::MIN);
        // Every 7 frames: not in step with the stride, so every phase is seen.
        for _ in 0..170 {
            run(&mut s, 7.0 / 60.0);
            let rate = Readings::of(&s).swelling_rate_ml_min;
            (lo, hi) = (lo.min(rate), hi.max(rate));
        }
        assert!(
            hi - lo < 0.05,
            "{leg:?}: the swelling rate read {lo:.2} to {hi:.2} mL/min"
        );
    }
}
