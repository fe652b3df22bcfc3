//! The clinical protocol, defined once: how the active pressure is averaged,
//! what counts as a fall, when the refill is complete, and the clinical
//! summary of a scenario measured the way the clinical reference defines it
//! (rest → 60 s of activity → stand still and time the refill; ejection
//! fraction as air plethysmography measures it). The live session and the
//! site builder use these same functions.

use super::activity::{Activity, ActivityDrive};
use super::leg::{LegCondition, Stockings, Valve};
use super::simulation::{Simulation, DEFAULT_TIME_STEP_S};

/// How long the leg rests before measuring (s): long enough for volumes to settle.
const SETTLE_S: f64 = 60.0;
/// The last part of the rest period that is averaged (s).
const REST_WINDOW_S: f64 = 10.0;
/// How long the activity lasts (s), rounded to whole contraction cycles.
const ACTIVITY_S: f64 = 60.0;
/// The part of the activity that is averaged, rounded to whole cycles (s).
const ACTIVE_WINDOW_S: f64 = 10.0;
/// Raises of the tiptoe test averaged for the active pressure (clinical
/// reference, summary protocol step 2).
const TIPTOE_AVERAGED_RAISES: u32 = 3;
/// Refill times are reported up to this cap (s).
pub const RT90_CAP_S: f64 = 120.0;
/// Fall (mmHg) below which there is nothing to refill and rt90 is 0.
const NO_FALL_MMHG: f64 = 0.5;
/// The share of the fall that must come back for the refill to count (rt90).
const REFILL_SHARE: f64 = 0.9;

/// What a live readout averages over (s): about a second.
const READOUT_WINDOW_S: f64 = 1.0;

/// The mean of a quantity over whole model steps: the one way the protocol,
/// and the live readouts, average a pressure or a flow. A window of the
/// activity's whole calf cycles ([`active_window_s`], [`readout_window_s`])
/// makes it the cycle-averaged value a clinician reads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepMean {
    sum: f64,
    steps: u32,
}

impl StepMean {
    /// One more step's value.
    #[inline]
    pub fn add(&mut self, value: f64) {
        self.sum += value;
        self.steps += 1;
    }

    /// The mean so far (`None` before the first step).
    pub fn mean(&self) -> Option<f64> {
        (self.steps > 0).then(|| self.sum / self.steps as f64)
    }
}

/// Contraction cycles averaged for the active values of an activity with a rhythm.
fn averaged_cycles(drive: &ActivityDrive, period_s: f64) -> u32 {
    match drive.contraction_limit {
        Some(_) => TIPTOE_AVERAGED_RAISES,
        None => (ACTIVE_WINDOW_S / period_s).round().max(1.0) as u32,
    }
}

/// Whole contraction cycles lasting about `seconds` (at least one), or
/// `seconds` for an activity with no contractions.
fn whole_cycles_s(activity: Activity, seconds: f64) -> f64 {
    match activity.drive().rhythm {
        None => seconds,
        Some(r) => r.period_s() * (seconds / r.period_s()).round().max(1.0),
    }
}

/// How long the active pressure is averaged over at the end of the activity
/// (s): whole contraction cycles, about 10 s, or the tiptoe test's last three
/// raises; 10 s for an activity with no contractions.
pub fn active_window_s(activity: Activity) -> f64 {
    let drive = activity.drive();
    match drive.rhythm {
        Some(r) if drive.contraction_limit.is_some() => {
            r.period_s() * averaged_cycles(&drive, r.period_s()) as f64
        }
        Some(_) | None => whole_cycles_s(activity, ACTIVE_WINDOW_S),
    }
}

/// What the live readout averages the ankle pressure and flow over (s):
/// the same mean as the active pressure, over whole calf cycles lasting
/// about a second (one second when the calf is still).
pub fn readout_window_s(activity: Activity) -> f64 {
    whole_cycles_s(activity, READOUT_WINDOW_S)
}

/// The fall of ankle pressure from rest during the activity (% of rest).
pub fn fall_pct(rest_mmhg: f64, active_mmhg: f64) -> f64 {
    if rest_mmhg > 0.0 {
        100.0 * (rest_mmhg - active_mmhg) / rest_mmhg
    } else {
        0.0
    }
}

/// True when the pressure fell far enough for a refill time to mean anything.
pub fn fell(rest_mmhg: f64, active_mmhg: f64) -> bool {
    rest_mmhg - active_mmhg > NO_FALL_MMHG
}

/// The pressure at which the refill counts as complete: 90 % of the fall recovered (mmHg).
pub fn refill_target_mmhg(rest_mmhg: f64, active_mmhg: f64) -> f64 {
    active_mmhg + REFILL_SHARE * (rest_mmhg - active_mmhg)
}

/// The seven numbers a clinician reads off an ambulatory venous pressure test
/// and an air plethysmogram.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClinicalSummary {
    pub avp_rest_mmhg: f64,
    pub avp_active_mmhg: f64,
    pub avp_fall_pct: f64,
    pub rt90_s: f64,
    pub venous_return_rest_ml_min: f64,
    pub venous_return_active_ml_min: f64,
    pub ejection_fraction_pct: f64,
    /// This leg's ankle pressure standing still, settled (mmHg), dressed for
    /// the activity.
    pub standing_mmhg: f64,
    /// Ankle pressure in the activity's own posture with the calf still
    /// (mmHg): on a saddle, seated, floating. What the calf, not the
    /// posture, lowered the pressure from.
    pub still_mmhg: f64,
    /// Mean backward flow through incompetent valves over the active window
    /// (mL/min): the model's reflux, for the widget's verdicts. Not one of
    /// the seven published numbers.
    pub reflux_active_ml_min: f64,
}

/// Averages of ankle pressure and venous return over a stretch of time.
fn run_averaging(sim: &mut Simulation, duration_s: f64, dt_s: f64) -> (f64, f64) {
    let (p, q, _) = run_averaging_with_reflux(sim, duration_s, dt_s);
    (p, q)
}

/// Backward flow through the leg's incompetent valves now (mL/min): what a
/// duplex scan calls reflux. A healthy valve's brief closing spurt (Lurie
/// 2002) is not counted.
fn incompetent_reflux_ml_min(sim: &Simulation) -> f64 {
    let leaky = sim.leaky_valves();
    Valve::ALL
        .into_iter()
        .filter(|&v| leaky[v])
        .map(|v| (-sim.state().valve_flow_ml_min[v]).max(0.0))
        .sum()
}

/// Averages of ankle pressure, venous return and reflux through incompetent
/// valves over a stretch of time.
fn run_averaging_with_reflux(sim: &mut Simulation, duration_s: f64, dt_s: f64) -> (f64, f64, f64) {
    let steps = (duration_s / dt_s).round().max(1.0) as u64;
    let (mut pressure, mut flow, mut reflux) = (
        StepMean::default(),
        StepMean::default(),
        StepMean::default(),
    );
    for _ in 0..steps {
        sim.step(dt_s);
        pressure.add(sim.state().ankle_pressure_mmhg);
        flow.add(sim.state().venous_return_ml_min);
        reflux.add(incompetent_reflux_ml_min(sim));
    }
    let mean = |m: StepMean| m.mean().unwrap_or(0.0);
    (mean(pressure), mean(flow), mean(reflux))
}

/// Calf venous volume of this leg after settling in a posture (mL).
fn settled_calf_volume_ml(
    rest: Activity,
    condition: LegCondition,
    stockings: Stockings,
    dt_s: f64,
) -> f64 {
    let mut sim = Simulation::new(rest, condition, stockings);
    sim.run_for(SETTLE_S, dt_s);
    sim.state().calf_volume_ml()
}

/// This leg's ankle pressure standing still, settled (mmHg).
fn standing_ankle_pressure_mmhg(condition: LegCondition, stockings: Stockings, dt_s: f64) -> f64 {
    let mut sim = Simulation::new(Activity::Standing, condition, stockings);
    sim.run_for(SETTLE_S - REST_WINDOW_S, dt_s);
    run_averaging(&mut sim, REST_WINDOW_S, dt_s).0
}

/// Runs the protocol with the default time step.
pub fn clinical_summary(
    activity: Activity,
    condition: LegCondition,
    stockings: Stockings,
) -> ClinicalSummary {
    clinical_summary_with_step(activity, condition, stockings, DEFAULT_TIME_STEP_S)
}

/// What the activity phase of the protocol measures.
struct ActivePhase {
    pressure_mmhg: f64,
    venous_return_ml_min: f64,
    reflux_ml_min: f64,
    ejection_fraction_pct: f64,
}

/// Ejection fraction as air plethysmography measures it (%): the volume one
/// contraction ejects, against the functional venous volume (standing minus
/// lying flat).
fn ejection_fraction_pct(
    ejected_ml: f64,
    condition: LegCondition,
    stockings: Stockings,
    dt_s: f64,
) -> f64 {
    let standing = settled_calf_volume_ml(Activity::Standing, condition, stockings, dt_s);
    let lying = settled_calf_volume_ml(Activity::Lying, condition, stockings, dt_s);
    let functional_volume = standing - lying;
    if functional_volume > 0.0 {
        (100.0 * ejected_ml / functional_volume).max(0.0)
    } else {
        0.0
    }
}

/// Step 2: the activity for 60 s (or the tiptoe test's ten raises), over
/// whole contraction cycles, averaged over the active window.
fn measure_activity(
    sim: &mut Simulation,
    activity: Activity,
    condition: LegCondition,
    stockings: Stockings,
    dt_s: f64,
) -> ActivePhase {
    sim.set_activity(activity);
    let drive = activity.drive();
    let Some(rhythm) = drive.rhythm else {
        sim.run_for(ACTIVITY_S - ACTIVE_WINDOW_S, dt_s);
        let (p, q, r) = run_averaging_with_reflux(sim, active_window_s(activity), dt_s);
        return ActivePhase {
            pressure_mmhg: p,
            venous_return_ml_min: q,
            reflux_ml_min: r,
            ejection_fraction_pct: 0.0,
        };
    };
    let period = rhythm.period_s();
    let calf_before = sim.state().calf_volume_ml();
    sim.run_for(period, dt_s);
    let ejected = calf_before - sim.state().calf_volume_ml();
    let total_cycles = match drive.contraction_limit {
        Some(n) => n,
        None => (ACTIVITY_S / period).round() as u32,
    };
    let averaged = averaged_cycles(&drive, period);
    sim.run_for(period * (total_cycles - 1 - averaged) as f64, dt_s);
    let (p, q, r) = run_averaging_with_reflux(sim, active_window_s(activity), dt_s);
    ActivePhase {
        pressure_mmhg: p,
        venous_return_ml_min: q,
        reflux_ml_min: r,
        ejection_fraction_pct: ejection_fraction_pct(ejected, condition, stockings, dt_s),
    }
}

/// Step 4: stop and take the rest posture (standing; swimmers float), and
/// time the recovery of 90 % of the fall (s, capped); 0 when nothing fell.
fn refill_time_s(sim: &mut Simulation, rest_mmhg: f64, active_mmhg: f64, dt_s: f64) -> f64 {
    sim.set_activity(sim.activity().rest_activity());
    if !fell(rest_mmhg, active_mmhg) {
        return 0.0;
    }
    let target = refill_target_mmhg(rest_mmhg, active_mmhg);
    let mut t = 0.0;
    while t < RT90_CAP_S {
        if sim.state().ankle_pressure_mmhg >= target {
            return t;
        }
        sim.step(dt_s);
        t += dt_s;
    }
    RT90_CAP_S
}

/// Ankle pressure in `activity`'s posture with the calf still, settled (mmHg).
fn still_in_posture_mmhg(
    activity: Activity,
    condition: LegCondition,
    stockings: Stockings,
    dt_s: f64,
) -> f64 {
    let mut sim = Simulation::resting_before(activity, condition, stockings, 0.0);
    sim.set_activity(activity);
    sim.hold_calf_still();
    sim.run_for(SETTLE_S - REST_WINDOW_S, dt_s);
    run_averaging(&mut sim, REST_WINDOW_S, dt_s).0
}

/// Runs the protocol with a chosen time step (used to show step independence).
pub fn clinical_summary_with_step(
    activity: Activity,
    condition: LegCondition,
    stockings: Stockings,
    dt_s: f64,
) -> ClinicalSummary {
    // The whole scenario is measured as dressed for the activity: a swimmer
    // takes the stockings off before the rest period (the model's rule,
    // `Stockings::worn_during`).
    let stockings = stockings.worn_during(activity);
    // 1. Rest until steady; average the last 10 s.
    let mut sim = Simulation::resting_before(activity, condition, stockings, 0.0);
    sim.run_for(SETTLE_S - REST_WINDOW_S, dt_s);
    let (avp_rest, vr_rest) = run_averaging(&mut sim, REST_WINDOW_S, dt_s);
    let standing_mmhg = if activity.rest_activity() == Activity::Standing {
        avp_rest
    } else {
        standing_ankle_pressure_mmhg(condition, stockings, dt_s)
    };
    // An activity without a rhythm is its posture held still.
    let still_mmhg = activity
        .drive()
        .rhythm
        .map(|_| still_in_posture_mmhg(activity, condition, stockings, dt_s));
    // 2. The activity; 3. the fall; 4. the refill.
    let active = measure_activity(&mut sim, activity, condition, stockings, dt_s);
    let rt90_s = refill_time_s(&mut sim, avp_rest, active.pressure_mmhg, dt_s);
    ClinicalSummary {
        avp_rest_mmhg: avp_rest,
        avp_active_mmhg: active.pressure_mmhg,
        avp_fall_pct: fall_pct(avp_rest, active.pressure_mmhg),
        rt90_s,
        venous_return_rest_ml_min: vr_rest,
        venous_return_active_ml_min: active.venous_return_ml_min,
        ejection_fraction_pct: active.ejection_fraction_pct,
        standing_mmhg,
        still_mmhg: still_mmhg.unwrap_or(active.pressure_mmhg),
        reflux_active_ml_min: active.reflux_ml_min,
    }
}
