//! A live run of the model for the widget: the simulation stepped in
//! simulated time, sampled into a fixed-size history for the charts, with an
//! optional healthy leg running alongside for comparison. Plain Rust, so the
//! widget's behaviour over time is tested natively.

use crate::lang::fixed;
use crate::scenario::Scenario;
use calf_pump_model::protocol::{active_window_s, fall_pct, refill_target_mmhg, RT90_CAP_S};
use calf_pump_model::{
    Activity, LegCondition, LegState, Simulation, Stockings, DEFAULT_TIME_STEP_S,
};
use std::collections::VecDeque;

/// Charts show one sample every 50 ms of simulated time.
pub const SAMPLE_INTERVAL_S: f64 = 0.05;
/// The trace keeps the last 60 s: the longest any chart shows.
pub const WINDOW_S: f64 = 60.0;

/// The seconds a chart shows for an activity: 30, or the whole 60 s of
/// history for the tiptoe test, so its ten raises and a healthy refill
/// (about 35 s) stay in view together.
pub fn chart_window_s(activity: Activity) -> f64 {
    if activity == Activity::Tiptoe {
        WINDOW_S
    } else {
        30.0
    }
}
/// Venous return swings from thousands of mL/min mid-squeeze to reflux
/// between squeezes; the chart shows its running mean over one second, what
/// actually returns to the heart.
pub const VENOUS_RETURN_AVERAGE_S: f64 = 1.0;
/// Resting posture time before the first frame, so the widget opens on a
/// settled leg rather than one filling up.
const SETTLE_S: f64 = 30.0;
/// How long after a switch of activity the "what changed" sentence is composed (s).
pub const CHANGE_REPORT_AFTER_S: f64 = 12.0;
/// Most simulated time one call may advance: a tab that wakes from a long
/// sleep jumps ahead instead of freezing while it catches up.
const MAX_ADVANCE_S: f64 = 0.5;

const SAMPLES_IN_WINDOW: usize = (WINDOW_S / SAMPLE_INTERVAL_S) as usize + 1;
const SAMPLES_IN_AVERAGE: usize = (VENOUS_RETURN_AVERAGE_S / SAMPLE_INTERVAL_S) as usize;

/// One point on the charts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub time_s: f64,
    /// Ankle pressure at the sample time (mmHg).
    pub ankle_pressure_mmhg: f64,
    /// Venous return averaged over the last second (mL/min).
    pub venous_return_ml_min: f64,
}

/// The last [`WINDOW_S`] seconds of samples, oldest first.
#[derive(Clone, Debug)]
pub struct Trace {
    samples: VecDeque<Sample>,
    /// Means of venous return over each recent sample interval, for the running average.
    recent_flow: VecDeque<f64>,
}

impl Default for Trace {
    fn default() -> Self {
        Self {
            samples: VecDeque::with_capacity(SAMPLES_IN_WINDOW + 1),
            recent_flow: VecDeque::with_capacity(SAMPLES_IN_AVERAGE + 1),
        }
    }
}

impl Trace {
    fn push(&mut self, time_s: f64, ankle_pressure_mmhg: f64, interval_flow_ml_min: f64) {
        if self.recent_flow.len() == SAMPLES_IN_AVERAGE {
            self.recent_flow.pop_front();
        }
        self.recent_flow.push_back(interval_flow_ml_min);
        let flow = self.recent_flow.iter().sum::<f64>() / self.recent_flow.len() as f64;
        if self.samples.len() == SAMPLES_IN_WINDOW {
            self.samples.pop_front();
        }
        self.samples.push_back(Sample {
            time_s,
            ankle_pressure_mmhg,
            venous_return_ml_min: flow,
        });
    }

    pub fn samples(&self) -> impl ExactSizeIterator<Item = &Sample> + DoubleEndedIterator + Clone {
        self.samples.iter()
    }

    /// The samples from `time_s` on, found by bisection: a chart showing 30 s
    /// of a 60-s trace skips the older half without walking it every frame.
    pub fn samples_since(&self, time_s: f64) -> impl Iterator<Item = &Sample> + Clone {
        let start = self.samples.partition_point(|s| s.time_s < time_s);
        self.samples.range(start..)
    }

    pub fn latest(&self) -> Option<&Sample> {
        self.samples.back()
    }

    pub fn len(&self) -> usize {
        self.samples.len()
    }

    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// Mean ankle pressure and venous return over the last `seconds` (or all there is).
    pub fn recent_means(&self, seconds: f64) -> Option<(f64, f64)> {
        let n =
            ((seconds / SAMPLE_INTERVAL_S).round() as usize).clamp(1, self.samples.len().max(1));
        if self.samples.is_empty() {
            return None;
        }
        let (p, q) = self
            .samples
            .iter()
            .rev()
            .take(n)
            .fold((0.0, 0.0), |(p, q), s| {
                (p + s.ankle_pressure_mmhg, q + s.venous_return_ml_min)
            });
        Some((p / n as f64, q / n as f64))
    }

    /// Seconds after `start_s` until the 1-s mean ankle pressure first came
    /// within 10 % of the way from `before` to `after` (None if it never did).
    pub fn time_to_settle_s(&self, start_s: f64, before_mmhg: f64, after_mmhg: f64) -> Option<f64> {
        let tolerance = (0.1 * (after_mmhg - before_mmhg).abs()).max(1.0);
        let mut window: VecDeque<f64> = VecDeque::with_capacity(SAMPLES_IN_AVERAGE + 1);
        for s in self.samples.iter().filter(|s| s.time_s >= start_s) {
            if window.len() == SAMPLES_IN_AVERAGE {
                window.pop_front();
            }
            window.push_back(s.ankle_pressure_mmhg);
            let mean = window.iter().sum::<f64>() / window.len() as f64;
            if window.len() == SAMPLES_IN_AVERAGE && (mean - after_mmhg).abs() <= tolerance {
                return Some(s.time_s - start_s);
            }
        }
        None
    }

    /// The trace as CSV with a header line in the reader's language, oldest
    /// first. Numbers keep the decimal point in every language, so any
    /// spreadsheet or script reads them.
    pub fn to_csv(&self, lang: crate::lang::Lang) -> String {
        let mut out = format!("{}\n", lang.words().share_csv_header);
        for s in &self.samples {
            out.push_str(&format!(
                "{},{},{}\n",
                fixed(s.time_s, 2),
                fixed(s.ankle_pressure_mmhg, 2),
                fixed(s.venous_return_ml_min, 1)
            ));
        }
        out
    }
}

/// A simulated leg and its recent history.
#[derive(Clone, Debug)]
pub struct Track {
    simulation: Simulation,
    trace: Trace,
    since_sample_s: f64,
    flow_sum: f64,
    flow_steps: u32,
}

impl Track {
    /// A leg settled at rest, with a full chart window of rest behind it, about
    /// to start the scenario's activity.
    fn new(scenario: Scenario) -> Self {
        let rest = scenario.activity.rest_activity();
        let simulation =
            Simulation::settled(rest, scenario.leg, scenario.stockings_worn(), SETTLE_S);
        let mut track = Self {
            simulation,
            trace: Trace::default(),
            since_sample_s: 0.0,
            flow_sum: 0.0,
            flow_steps: 0,
        };
        // The settled leg at rest is steady: its last 30 s are the same sample
        // over and over, so the history is filled in without simulating it.
        let s = *track.simulation.state();
        let samples = (WINDOW_S / SAMPLE_INTERVAL_S).round() as u32;
        for i in (0..=samples).rev() {
            track.trace.push(
                s.time_s - i as f64 * SAMPLE_INTERVAL_S,
                s.ankle_pressure_mmhg,
                s.venous_return_ml_min,
            );
        }
        track.simulation.set_activity(scenario.activity);
        track
    }

    fn step(&mut self, dt_s: f64) {
        self.simulation.step(dt_s);
        let s = self.simulation.state();
        self.flow_sum += s.venous_return_ml_min;
        self.flow_steps += 1;
        self.since_sample_s += dt_s;
        if self.since_sample_s >= SAMPLE_INTERVAL_S - 1e-9 {
            let mean_flow = self.flow_sum / self.flow_steps as f64;
            self.trace.push(s.time_s, s.ankle_pressure_mmhg, mean_flow);
            self.since_sample_s -= SAMPLE_INTERVAL_S;
            self.flow_sum = 0.0;
            self.flow_steps = 0;
        }
    }

    fn apply(&mut self, scenario: Scenario) {
        let sim = &mut self.simulation;
        if sim.activity() != scenario.activity {
            sim.set_activity(scenario.activity);
        }
        let stockings = scenario.stockings_worn();
        if sim.condition() != scenario.leg || sim.stockings() != stockings {
            sim.set_leg(scenario.leg, stockings);
        }
    }

    pub fn state(&self) -> &LegState {
        self.simulation.state()
    }

    pub fn simulation(&self) -> &Simulation {
        &self.simulation
    }

    /// The last [`WINDOW_S`] seconds of this leg, for the charts.
    pub fn trace(&self) -> &Trace {
        &self.trace
    }
}

/// The clinic's tiptoe test as a clinician reads it off the pressure trace:
/// resting pressure, the pressure reached over the last raises, and how long
/// after stopping the pressure takes to recover 90 % of its fall.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TiptoeReading {
    pub started_s: f64,
    pub rest_mmhg: f64,
    /// When the tenth raise ended.
    pub stopped_s: Option<f64>,
    /// Mean ankle pressure over the last three raises (mmHg).
    pub active_mmhg: Option<f64>,
    /// When the pressure had recovered 90 % of its fall.
    pub refilled_s: Option<f64>,
}

impl TiptoeReading {
    pub fn fall_pct(&self) -> Option<f64> {
        self.active_mmhg.map(|a| fall_pct(self.rest_mmhg, a))
    }
    pub fn refill_time_s(&self) -> Option<f64> {
        Some(self.refilled_s? - self.stopped_s?)
    }
    /// Stops waiting for a refill after the clinical cap.
    pub fn gave_up(&self, now_s: f64) -> bool {
        self.refilled_s.is_none() && self.stopped_s.is_some_and(|t| now_s - t > RT90_CAP_S)
    }
}

/// What the widget runs: the reader's leg and, in compare mode, a healthy leg
/// doing the same activity.
#[derive(Clone, Debug)]
pub struct Session {
    scenario: Scenario,
    reader: Track,
    healthy: Option<Track>,
    /// Simulated time owed to the model, carried between calls.
    owed_s: f64,
    /// The last switch of activity, until its "what changed" sentence is composed.
    pending_change: Option<PendingChange>,
    /// The tiptoe test under way or last done.
    tiptoe: Option<TiptoeReading>,
}

/// What switching activity did, for narration to put into words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActivityChange {
    pub activity: Activity,
    /// Ankle pressure before the switch (2-s mean, mmHg).
    pub before_mmhg: f64,
    /// Ankle pressure once settled (2-s mean, mmHg).
    pub after_mmhg: f64,
    /// How many of the activity's units (see [`Activity::count_in`]) it took to settle.
    pub count: u32,
}

#[derive(Clone, Copy, Debug)]
struct PendingChange {
    activity: Activity,
    before_mmhg: f64,
    started_s: f64,
}

impl Session {
    pub fn new(scenario: Scenario) -> Self {
        let mut session = Self {
            scenario,
            reader: Track::new(scenario),
            healthy: None,
            owed_s: 0.0,
            pending_change: None,
            tiptoe: None,
        };
        session.start_tiptoe_if_chosen();
        session
    }

    fn start_tiptoe_if_chosen(&mut self) {
        self.tiptoe = None;
        if self.scenario.activity == Activity::Tiptoe {
            if let Some((rest, _)) = self.reader.trace.recent_means(2.0) {
                let started_s = self.reader.state().time_s;
                self.tiptoe = Some(TiptoeReading {
                    started_s,
                    rest_mmhg: rest,
                    stopped_s: None,
                    active_mmhg: None,
                    refilled_s: None,
                });
            }
        }
    }

    /// The tiptoe test's reading, while the tiptoe test is chosen.
    pub fn tiptoe(&self) -> Option<TiptoeReading> {
        self.tiptoe
    }

    fn update_tiptoe(&mut self) {
        let Some(mut t) = self.tiptoe else { return };
        let now = self.reader.state().time_s;
        if t.stopped_s.is_none() && self.reader.simulation.activity_finished() {
            t.stopped_s = Some(now);
            t.active_mmhg = self
                .reader
                .trace
                .recent_means(active_window_s(Activity::Tiptoe))
                .map(|m| m.0);
        }
        if let (Some(active), None) = (t.active_mmhg, t.refilled_s) {
            let target = refill_target_mmhg(t.rest_mmhg, active);
            if !t.gave_up(now) && self.reader.state().ankle_pressure_mmhg >= target {
                t.refilled_s = Some(now);
            }
        }
        self.tiptoe = Some(t);
    }

    pub fn scenario(&self) -> Scenario {
        self.scenario
    }

    /// The reader's leg.
    pub fn reader(&self) -> &Track {
        &self.reader
    }

    /// The healthy leg running alongside in compare mode.
    pub fn healthy(&self) -> Option<&Track> {
        self.healthy.as_ref()
    }

    pub fn comparing(&self) -> bool {
        self.healthy.is_some()
    }

    /// The healthy leg that compare mode shows: same activity, healthy valves, no stockings.
    fn healthy_twin(scenario: Scenario) -> Scenario {
        Scenario {
            leg: LegCondition::Healthy,
            stockings: Stockings::None,
            ..scenario
        }
    }

    /// Turn compare mode on or off. The healthy leg starts settled and in step
    /// with the reader's activity from now on.
    pub fn set_compare(&mut self, on: bool) {
        match (on, self.healthy.is_some()) {
            (true, false) => {
                let mut twin = Track::new(Self::healthy_twin(self.scenario));
                // Line its clock up with the reader's so both traces share a time axis.
                let offset = self.reader.state().time_s - twin.state().time_s;
                twin.simulation.shift_clock(offset);
                twin.trace = Trace::default();
                self.healthy = Some(twin);
            }
            (false, true) => self.healthy = None,
            (true, true) | (false, false) => {}
        }
    }

    /// Switch scenario mid-run: blood stays where it is, the new activity starts now.
    pub fn apply(&mut self, scenario: Scenario) {
        if scenario.activity != self.scenario.activity {
            if let Some((before, _)) = self.reader.trace.recent_means(2.0) {
                self.pending_change = Some(PendingChange {
                    activity: scenario.activity,
                    before_mmhg: before,
                    started_s: self.reader.state().time_s,
                });
            }
        }
        let restart_tiptoe = scenario.activity != self.scenario.activity;
        self.scenario = scenario;
        self.reader.apply(scenario);
        if let Some(h) = &mut self.healthy {
            h.apply(Self::healthy_twin(scenario));
        }
        if restart_tiptoe {
            self.start_tiptoe_if_chosen();
        }
    }

    /// Once [`CHANGE_REPORT_AFTER_S`] have passed since the reader switched
    /// activity, what the switch did to the ankle pressure and how many steps
    /// (strokes, kicks, raises, seconds) it took to get there. Returned once.
    pub fn take_change(&mut self) -> Option<ActivityChange> {
        let change = self.pending_change?;
        let now = self.reader.state().time_s;
        if now - change.started_s < CHANGE_REPORT_AFTER_S {
            return None;
        }
        self.pending_change = None;
        let (after, _) = self.reader.trace.recent_means(2.0)?;
        let settle_s = self
            .reader
            .trace
            .time_to_settle_s(change.started_s, change.before_mmhg, after)
            .unwrap_or(now - change.started_s);
        Some(ActivityChange {
            activity: change.activity,
            before_mmhg: change.before_mmhg,
            after_mmhg: after,
            count: change.activity.count_in(settle_s),
        })
    }

    /// Advance simulated time by `simulated_s` (capped), in whole model steps.
    pub fn advance(&mut self, simulated_s: f64) {
        if !simulated_s.is_finite() || simulated_s <= 0.0 {
            return;
        }
        self.owed_s = (self.owed_s + simulated_s).min(MAX_ADVANCE_S);
        while self.owed_s >= DEFAULT_TIME_STEP_S {
            self.reader.step(DEFAULT_TIME_STEP_S);
            if let Some(h) = &mut self.healthy {
                h.step(DEFAULT_TIME_STEP_S);
            }
            self.owed_s -= DEFAULT_TIME_STEP_S;
            if self.tiptoe.is_some() {
                self.update_tiptoe();
            }
        }
    }
}
