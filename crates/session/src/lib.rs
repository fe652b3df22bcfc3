//! A live run of the model for the widget: the simulation stepped in
//! simulated time, sampled into a fixed-size history for the charts, with an
//! optional healthy leg running alongside for comparison, and what each
//! frame shows ([`view`]) as data. Plain Rust, so the widget's behaviour
//! over time is tested natively; it returns numbers, never words.

pub mod tiptoe;
pub mod trace;
pub mod view;

pub use tiptoe::TiptoeReading;
pub use trace::{Sample, Trace, SAMPLE_INTERVAL_S, WINDOW_S};
pub use view::{chart_window_s, LegPicture, Readings};

use calf_pump_links::scenario::Scenario;
use calf_pump_model::protocol::{active_window_s, readout_window_s, refill_target_mmhg};
use calf_pump_model::{
    Activity, LegCondition, LegState, Simulation, StepMean, Stockings, DEFAULT_TIME_STEP_S,
};

/// Resting posture time before the first frame, so the widget opens on a
/// settled leg rather than one filling up.
const SETTLE_S: f64 = 30.0;
/// How long an opening activity has run before the first frame (s): long
/// enough for every leg's pressure to settle (the protocol's activity phase).
const LEAD_S: f64 = 60.0;
/// How long after a switch of activity the "what changed" sentence is composed (s).
pub const CHANGE_REPORT_AFTER_S: f64 = 12.0;
/// Most simulated time one call may advance: a tab that wakes from a long
/// sleep jumps ahead instead of freezing while it catches up.
const MAX_ADVANCE_S: f64 = 0.5;

/// A simulated leg and its recent history.
#[derive(Clone, Debug)]
pub struct Track {
    simulation: Simulation,
    trace: Trace,
    since_sample_s: f64,
    pressure: StepMean,
    flow: StepMean,
}

/// How a leg's run begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// The activity already under way and settled (a page opened from a
    /// link): the first number is the activity's, as on the built page.
    UnderWay,
    /// At rest, the activity starting now (Reset): the reader watches the
    /// pump bring the pressure down.
    FromRest,
}

impl Track {
    /// A leg settled at rest, with a full chart window of rest behind it,
    /// its activity started as `start` says.
    fn new(scenario: Scenario, start: Start) -> Self {
        let simulation = Simulation::resting_before(
            scenario.activity,
            scenario.leg,
            scenario.stockings,
            SETTLE_S,
        );
        let mut track = Self {
            simulation,
            trace: Trace::default(),
            since_sample_s: 0.0,
            pressure: StepMean::default(),
            flow: StepMean::default(),
        };
        // The settled leg at rest is steady: its last 60 s are the same sample
        // over and over, so the history is filled in without simulating it.
        let s = *track.simulation.state();
        let mut still = (StepMean::default(), StepMean::default());
        still.0.add(s.ankle_pressure_mmhg);
        still.1.add(s.venous_return_ml_min);
        let samples = (WINDOW_S / SAMPLE_INTERVAL_S).round() as u32;
        for i in (0..=samples).rev() {
            let t = s.time_s - i as f64 * SAMPLE_INTERVAL_S;
            track
                .trace
                .push(t, (s.ankle_pressure_mmhg, s.swelling_ml), still.0, still.1);
        }
        track.simulation.set_activity(scenario.activity);
        // An ongoing activity opens already under way, its pressure settled:
        // the first number a reader sees is the activity's, as on the page
        // built ahead of time. A test with an end (the tiptoe test) starts now.
        if start == Start::UnderWay && scenario.activity.drive().contraction_limit.is_none() {
            let steps = (LEAD_S / DEFAULT_TIME_STEP_S).round() as u32;
            for _ in 0..steps {
                track.step(DEFAULT_TIME_STEP_S);
            }
        }
        track
    }

    fn step(&mut self, dt_s: f64) {
        self.simulation.step(dt_s);
        let s = self.simulation.state();
        self.pressure.add(s.ankle_pressure_mmhg);
        self.flow.add(s.venous_return_ml_min);
        self.since_sample_s += dt_s;
        if self.since_sample_s >= SAMPLE_INTERVAL_S - 1e-9 {
            let (pressure, flow) = (self.pressure, self.flow);
            self.trace.push(
                s.time_s,
                (s.ankle_pressure_mmhg, s.swelling_ml),
                pressure,
                flow,
            );
            self.since_sample_s -= SAMPLE_INTERVAL_S;
            self.pressure = StepMean::default();
            self.flow = StepMean::default();
        }
    }

    fn apply(&mut self, scenario: Scenario) {
        let sim = &mut self.simulation;
        if sim.activity() != scenario.activity {
            sim.set_activity(scenario.activity);
        }
        if sim.condition() != scenario.leg || sim.stockings() != scenario.stockings {
            sim.set_leg(scenario.leg, scenario.stockings);
        }
    }

    /// Stands the leg still for `seconds` (recorded on the chart, as it
    /// happens), then goes on with `scenario`: how the clinic starts its test.
    fn stand_still_then(&mut self, seconds: f64, scenario: Scenario) {
        self.apply(Scenario {
            activity: Activity::Standing,
            ..scenario
        });
        for _ in 0..(seconds / DEFAULT_TIME_STEP_S).round() as u32 {
            self.step(DEFAULT_TIME_STEP_S);
        }
        self.apply(scenario);
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

    /// The mean ankle pressure (mmHg) over the last whole calf cycles of
    /// about a second: what the readout shows.
    fn readout_mmhg(&self, activity: Activity) -> Option<f64> {
        self.trace
            .mean_over(readout_window_s(activity))
            .map(|m| m.0)
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
    /// Ankle pressure before the switch, as the readout showed it (mmHg).
    pub before_mmhg: f64,
    /// Ankle pressure once settled, as the readout shows it (mmHg).
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
    /// A run of `scenario` begun as `start` says.
    pub fn new(scenario: Scenario, start: Start) -> Self {
        let mut session = Self {
            scenario,
            reader: Track::new(scenario, start),
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
            let rest = Activity::Tiptoe.rest_activity();
            if let Some(rest_mmhg) = self.reader.readout_mmhg(rest) {
                self.tiptoe = Some(TiptoeReading {
                    started_s: self.reader.state().time_s,
                    rest_mmhg,
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
                .mean_over(active_window_s(Activity::Tiptoe))
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
                let mut twin = Track::new(Self::healthy_twin(self.scenario), Start::UnderWay);
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
        let new_activity = scenario.activity != self.scenario.activity;
        if new_activity {
            if let Some(before) = self.reader.readout_mmhg(self.scenario.activity) {
                self.pending_change = Some(PendingChange {
                    activity: scenario.activity,
                    before_mmhg: before,
                    started_s: self.reader.state().time_s,
                });
            }
        }
        self.scenario = scenario;
        if new_activity && scenario.activity == Activity::Tiptoe {
            // The test starts from standing still, as in the clinic, not
            // from whatever the leg was doing (lying, swimming…).
            self.pending_change = None;
            self.reader.stand_still_then(LEAD_S, scenario);
            if let Some(h) = &mut self.healthy {
                h.stand_still_then(LEAD_S, Self::healthy_twin(scenario));
            }
        } else {
            self.reader.apply(scenario);
            if let Some(h) = &mut self.healthy {
                h.apply(Self::healthy_twin(scenario));
            }
        }
        if new_activity {
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
        let window_s = readout_window_s(change.activity);
        let after = self.reader.readout_mmhg(change.activity)?;
        let settle_s = self
            .reader
            .trace
            .time_to_settle_s(change.started_s, window_s, change.before_mmhg, after)
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
