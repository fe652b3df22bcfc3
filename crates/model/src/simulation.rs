//! The time-stepped leg: volumes, valve states and tissue fluid, advanced by
//! explicit Euler steps. Flows are computed once per step and applied to every
//! compartment they leave and enter, so blood is conserved to rounding error.

use super::activity::{Activity, ActivityDrive, SqueezeTiming};
use super::leg::{Compartment, LegCondition, LegParams, Outlet, Stockings, Valve};
use super::per::{PerCompartment, PerValve};
use super::valve::{advance_opening, flow_ml_s, reflux_fraction};

/// Hydrostatic pressure of a column of blood: 0.77 mmHg per cm (clinical reference).
pub const HYDROSTATIC_MMHG_PER_CM: f64 = 0.77;
/// Right atrial (central venous) pressure, the top of the column (mmHg); normal 0–5.
pub const RIGHT_ATRIAL_PRESSURE_MMHG: f64 = 2.0;
/// Mean arterial pressure at heart level (mmHg).
pub const MEAN_ARTERIAL_PRESSURE_MMHG: f64 = 93.0;
/// Share of a stocking's pressure that still acts around the vein as outside
/// pressure once the vein is narrowed. Fitted: catheter studies find class
/// II–III stockings leave standing deep pressure almost unchanged, and 15–30 %
/// meets every band (clinical reference's second-pass hints); most of the
/// stocking's effect is the narrowing in `LegParams`.
const STOCKING_SHARE_AS_OUTSIDE_PRESSURE: f64 = 0.1;
/// Peak soleus pressure running, 269 ± 95 mmHg (Ballard et al. 1998): the
/// strongest squeeze the model shows, used to scale `calf_contraction`.
const PEAK_RUNNING_INTRAMUSCULAR_MMHG: f64 = 270.0;
/// The largest step that keeps every activity's and leg's clinical summary
/// within 1 % of a half-size step (tested in `tests/model_physics.rs`).
pub const DEFAULT_TIME_STEP_S: f64 = 0.004;

/// Hyperemia builds over tens of seconds and fades slowly after exercise
/// (Rådegran 1997 J Physiol 505:541–548 for the rise; fitted so that the
/// healthy refill time meets band B5).
const HYPEREMIA_RISE_S: f64 = 12.0;
const HYPEREMIA_FADE_S: f64 = 60.0;

/// Everything the interface or a test may read after a step.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LegState {
    pub time_s: f64,
    /// Flow leaving the leg towards the heart through the femoral vein (mL/min).
    pub venous_return_ml_min: f64,
    /// Pressure in a superficial foot/ankle vein, relative to the atmosphere (mmHg).
    pub ankle_pressure_mmhg: f64,
    /// Local pressure in each compartment (mmHg).
    pub pressure_mmhg: PerCompartment<f64>,
    /// Volume of each compartment (mL).
    pub volume_ml: PerCompartment<f64>,
    /// Opening of each valve, 0 shut … 1 open.
    pub valve_opening: PerValve<f64>,
    /// Flow through each valve (mL/min; negative is reflux).
    pub valve_flow_ml_min: PerValve<f64>,
    /// Total backward flow through all valves (mL/min, ≥ 0).
    pub reflux_ml_min: f64,
    /// Calf contraction, 0 relaxed … 1 the peak of a healthy calf running.
    pub calf_contraction: f64,
    /// Arterial inflow into the leg's veins' capillary beds (mL/min).
    pub arterial_inflow_ml_min: f64,
    /// The part of it through the ankle's skin (mL/min): the most that can
    /// filter into the tissue.
    pub skin_inflow_ml_min: f64,
    /// Fluid filtered into the ankle tissue and not yet drained (mL).
    pub swelling_ml: f64,
    /// Net rate the swelling changes (mL/min; positive is building).
    pub swelling_rate_ml_min: f64,
}

impl LegState {
    /// Blood held in the calf (superficial + deep), what a plethysmograph cuff sees (mL).
    pub fn calf_volume_ml(&self) -> f64 {
        self.volume_ml[Compartment::CalfSuperficial] + self.volume_ml[Compartment::CalfDeep]
    }
}

/// Running totals for checking conservation of blood (mL).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BloodLedger {
    pub arterial_inflow_ml: f64,
    pub venous_outflow_ml: f64,
    pub filtration_ml: f64,
    /// Blood the veins took from (+) or gave to (−) the rest of the
    /// circulation when the leg's walls were changed by `set_leg`.
    pub exchanged_ml: f64,
}

/// A leg doing an activity, stepped through time.
#[derive(Clone, Debug)]
pub struct Simulation {
    params: LegParams,
    condition: LegCondition,
    /// The stockings chosen; the leg wears [`Stockings::worn_during`] them.
    stockings: Stockings,
    activity: Activity,
    drive: ActivityDrive,
    /// The calf's squeeze timing and peak pressure (mmHg), `None` when still.
    squeeze: Option<(SqueezeTiming, f64)>,
    /// When an activity with a set number of contractions ends (s into it).
    finish_at_s: f64,
    heights_cm: PerCompartment<f64>,
    /// Outside pressure on each vein with the calf relaxed (mmHg), cached.
    relaxed_outside_mmhg: PerCompartment<f64>,
    time_into_activity_s: f64,
    volume_ml: PerCompartment<f64>,
    valve_opening: PerValve<f64>,
    /// Muscle blood flow as a multiple of rest.
    hyperemia: f64,
    swelling_ml: f64,
    ledger: BloodLedger,
    state: LegState,
}

impl Simulation {
    /// A leg that has been in the activity's resting posture long enough to
    /// settle, about to start the activity, wearing `stockings` where the
    /// activity allows them ([`Stockings::worn_during`]).
    pub fn new(activity: Activity, condition: LegCondition, stockings: Stockings) -> Self {
        let params = LegParams::new(condition, stockings.worn_during(activity));
        let drive = activity.drive();
        let mut sim = Self {
            params,
            condition,
            stockings,
            activity,
            drive,
            squeeze: None,
            finish_at_s: f64::INFINITY,
            heights_cm: drive.posture.heights_below_heart_cm(),
            relaxed_outside_mmhg: PerCompartment::default(),
            time_into_activity_s: 0.0,
            volume_ml: PerCompartment::default(),
            valve_opening: PerValve::from_fn(|_| 1.0),
            hyperemia: 1.0,
            swelling_ml: 0.0,
            ledger: BloodLedger::default(),
            state: LegState::default(),
        };
        sim.prepare_squeeze();
        sim.fill_to_hydrostatic_equilibrium();
        sim.refresh_state();
        sim
    }

    /// Caches the activity's squeeze timing, this calf's peak pressure and
    /// the outside pressures.
    fn prepare_squeeze(&mut self) {
        self.relaxed_outside_mmhg = self.relaxed_outside_pressure_mmhg();
        self.squeeze = self
            .drive
            .rhythm
            .map(|r| (r.timing(), r.peak_pressure_mmhg * self.params.calf_strength));
        self.finish_at_s = match (self.drive.rhythm, self.drive.contraction_limit) {
            (Some(r), Some(n)) => r.period_s() * n as f64,
            (Some(_), None) | (None, Some(_)) | (None, None) => f64::INFINITY,
        };
    }

    /// A leg that has rested in `activity`'s rest posture (standing, or
    /// lying before lying or swimming) for `settle_s` seconds, dressed for
    /// `activity`: a swimmer took the stockings off before getting in.
    pub fn resting_before(
        activity: Activity,
        condition: LegCondition,
        stockings: Stockings,
        settle_s: f64,
    ) -> Self {
        let worn = stockings.worn_during(activity);
        let mut sim = Self::new(activity.rest_activity(), condition, worn);
        sim.run_for(settle_s, DEFAULT_TIME_STEP_S);
        sim
    }

    /// [`Simulation::resting_before`] the activity, then starting it: the
    /// usual starting point for the interface and the clinical protocol.
    pub fn settled(
        activity: Activity,
        condition: LegCondition,
        stockings: Stockings,
        settle_s: f64,
    ) -> Self {
        let mut sim = Self::resting_before(activity, condition, stockings, settle_s);
        sim.set_activity(activity);
        sim
    }

    pub fn activity(&self) -> Activity {
        self.activity
    }
    pub fn condition(&self) -> LegCondition {
        self.condition
    }
    /// The stockings chosen for this leg.
    pub fn stockings(&self) -> Stockings {
        self.stockings
    }
    /// The stockings on the leg now: none while swimming.
    pub fn stockings_worn(&self) -> Stockings {
        self.params.stockings
    }
    pub fn state(&self) -> &LegState {
        &self.state
    }
    pub fn ledger(&self) -> BloodLedger {
        self.ledger
    }
    /// Blood stored in all four vein segments (mL).
    pub fn stored_blood_ml(&self) -> f64 {
        self.volume_ml.values().sum()
    }
    /// Which valves leak (their cusps do not meet): the leg's condition, not a
    /// momentary state. A healthy valve's brief closing spurt is not a leak.
    pub fn leaky_valves(&self) -> PerValve<bool> {
        PerValve::from_fn(|v| self.params.valve(v).reflux_conductance_ml_s_per_mmhg > 0.0)
    }

    /// How full a vein segment is, as a multiple of its unstressed (just
    /// round) volume: what the leg diagram draws as the vein's width.
    pub fn vein_filling(&self, c: Compartment) -> f64 {
        self.params.wall(c).filling(self.volume_ml[c])
    }

    /// Seconds since the current activity started.
    pub fn time_into_activity_s(&self) -> f64 {
        self.time_into_activity_s
    }
    /// True once an activity with a set number of contractions (the tiptoe
    /// test) has done them all and the leg is standing still.
    pub fn activity_finished(&self) -> bool {
        self.time_into_activity_s >= self.finish_at_s
    }

    /// Move the clock (not the physiology), so two legs started at different
    /// times can share a time axis.
    pub fn shift_clock(&mut self, offset_s: f64) {
        self.state.time_s += offset_s;
    }

    /// Switch activity; the blood stays where it is and the new rhythm
    /// starts now. Stockings come off for swimming and go back on after.
    pub fn set_activity(&mut self, activity: Activity) {
        self.activity = activity;
        self.drive = activity.drive();
        self.heights_cm = self.drive.posture.heights_below_heart_cm();
        self.time_into_activity_s = 0.0;
        let worn = self.stockings.worn_during(activity);
        if worn != self.params.stockings {
            self.change_walls(LegParams::new(self.condition, worn));
        }
        self.prepare_squeeze();
        self.refresh_state();
    }

    /// Stay in the activity's posture (and water, and stockings) with the
    /// calf still: what the posture alone does, without the pump. The
    /// clinical summary sets every activity against this.
    pub fn hold_calf_still(&mut self) {
        self.drive.rhythm = None;
        self.drive.muscle_flow_multiple = 1.0;
        self.prepare_squeeze();
        self.refresh_state();
    }

    /// Change the leg (valves, calf, vein walls) or the stockings mid-run.
    pub fn set_leg(&mut self, condition: LegCondition, stockings: Stockings) {
        self.condition = condition;
        self.stockings = stockings;
        self.change_walls(LegParams::new(
            condition,
            stockings.worn_during(self.activity),
        ));
        self.prepare_squeeze();
        self.refresh_state();
    }

    /// New walls and valves. Each vein keeps its pressure: where the new
    /// walls hold more or less blood at that pressure (a dilated vein made
    /// healthy, a stocking taken off), the difference is exchanged with the
    /// rest of the circulation and counted in the ledger.
    fn change_walls(&mut self, new: LegParams) {
        for c in Compartment::ALL {
            let transmural = self
                .params
                .wall(c)
                .transmural_pressure_mmhg(self.volume_ml[c]);
            let volume = new.wall(c).volume_at_transmural_pressure_ml(transmural);
            self.ledger.exchanged_ml += volume - self.volume_ml[c];
            self.volume_ml[c] = volume;
        }
        self.params = new;
    }

    pub fn run_for(&mut self, duration_s: f64, dt_s: f64) {
        let steps = (duration_s / dt_s).round() as u64;
        for _ in 0..steps {
            self.step(dt_s);
        }
    }

    /// Pressure the contracting calf puts on its deep veins now (mmHg).
    fn intramuscular_pressure_mmhg(&self) -> f64 {
        match self.squeeze {
            Some((timing, peak_mmhg)) if self.time_into_activity_s < self.finish_at_s => {
                timing.squeeze_fraction(self.time_into_activity_s) * peak_mmhg
            }
            // Finished (the tiptoe test's last raise is done) or a still activity.
            Some(_) | None => 0.0,
        }
    }

    /// Outside pressure on each compartment while the calf is relaxed (mmHg):
    /// part of the stocking's and the water's. Computed once per leg and
    /// activity, off the per-step path.
    fn relaxed_outside_pressure_mmhg(&self) -> PerCompartment<f64> {
        let water = self.drive.water_pressure_mmhg;
        PerCompartment::from_fn(|c| {
            STOCKING_SHARE_AS_OUTSIDE_PRESSURE * self.params.stockings.pressure_on_mmhg(c) + water
        })
    }

    /// External pressure on each compartment (mmHg): the relaxed outside
    /// pressure, and the contracting calf on the deep veins.
    #[inline]
    fn external_pressure_mmhg(&self, intramuscular_mmhg: f64) -> PerCompartment<f64> {
        let mut external = self.relaxed_outside_mmhg;
        external[Compartment::CalfDeep] += intramuscular_mmhg;
        external
    }

    fn fill_to_hydrostatic_equilibrium(&mut self) {
        let external = self.external_pressure_mmhg(0.0);
        for c in Compartment::ALL {
            let local = RIGHT_ATRIAL_PRESSURE_MMHG + HYDROSTATIC_MMHG_PER_CM * self.heights_cm[c];
            // A vein cannot hold less than the water or stocking pressure around it.
            let transmural = local - external[c];
            self.volume_ml[c] = self
                .params
                .wall(c)
                .volume_at_transmural_pressure_ml(transmural);
        }
    }

    /// Advance the leg by `dt_s` seconds. Does not allocate.
    pub fn step(&mut self, dt_s: f64) {
        let flows = self.flows();
        // Apply flows.
        let mut dv = PerCompartment::<f64>::default();
        dv[Compartment::Ankle] += flows.skin_to_veins_ml_s;
        dv[Compartment::CalfDeep] += flows.muscle_inflow_ml_s;
        for v in Valve::ALL {
            let q = flows.valve_ml_s[v];
            let (from, to) = v.ends();
            dv[from] -= q;
            match to {
                Outlet::Vein(c) => dv[c] += q,
                Outlet::Heart => {}
            }
        }
        for c in Compartment::ALL {
            self.volume_ml[c] += dv[c] * dt_s;
        }
        for v in Valve::ALL {
            self.valve_opening[v] =
                advance_opening(self.valve_opening[v], flows.valve_pressure_mmhg[v], dt_s);
        }
        let inflow = flows.skin_inflow_ml_s + flows.muscle_inflow_ml_s;
        self.ledger.arterial_inflow_ml += inflow * dt_s;
        self.ledger.venous_outflow_ml += flows.valve_ml_s[Valve::Femoral] * dt_s;
        self.ledger.filtration_ml += flows.filtration_ml_s * dt_s;
        self.swelling_ml =
            (self.swelling_ml + (flows.filtration_ml_s - flows.lymph_ml_s) * dt_s).max(0.0);
        let target = self.drive.muscle_flow_multiple;
        let per_s = if target > self.hyperemia {
            1.0 / HYPEREMIA_RISE_S
        } else {
            1.0 / HYPEREMIA_FADE_S
        };
        self.hyperemia += (target - self.hyperemia) * dt_s * per_s;
        self.time_into_activity_s += dt_s;
        self.state.time_s += dt_s;
        self.record(&flows);
    }

    fn refresh_state(&mut self) {
        let flows = self.flows();
        self.record(&flows);
    }

    fn record(&mut self, flows: &Flows) {
        let s = &mut self.state;
        s.pressure_mmhg = flows.pressure_mmhg;
        s.ankle_pressure_mmhg = flows.pressure_mmhg[Compartment::Ankle];
        s.volume_ml = self.volume_ml;
        s.valve_opening = self.valve_opening;
        let mut reflux = 0.0;
        for v in Valve::ALL {
            s.valve_flow_ml_min[v] = flows.valve_ml_s[v] * 60.0;
            reflux += (-flows.valve_ml_s[v]).max(0.0) * 60.0;
        }
        s.reflux_ml_min = reflux;
        s.venous_return_ml_min = flows.valve_ml_s[Valve::Femoral] * 60.0;
        s.calf_contraction =
            (flows.intramuscular_mmhg * (1.0 / PEAK_RUNNING_INTRAMUSCULAR_MMHG)).min(1.0);
        s.arterial_inflow_ml_min = (flows.skin_inflow_ml_s + flows.muscle_inflow_ml_s) * 60.0;
        s.skin_inflow_ml_min = flows.skin_inflow_ml_s * 60.0;
        s.swelling_ml = self.swelling_ml;
        s.swelling_rate_ml_min = (flows.filtration_ml_s - flows.lymph_ml_s) * 60.0;
    }

    /// Every flow in the leg for the current state (mL/s).
    #[inline]
    fn flows(&self) -> Flows {
        let intramuscular = self.intramuscular_pressure_mmhg();
        let external = self.external_pressure_mmhg(intramuscular);
        let mut pressure = PerCompartment::<f64>::default();
        // Pressure referred to heart level: what drives flow between segments
        // that hang at different heights.
        let mut referred = PerCompartment::<f64>::default();
        for c in Compartment::ALL {
            pressure[c] = self
                .params
                .wall(c)
                .transmural_pressure_mmhg(self.volume_ml[c])
                + external[c];
            referred[c] = pressure[c] - HYDROSTATIC_MMHG_PER_CM * self.heights_cm[c];
        }

        let mut valve_ml_s = PerValve::<f64>::default();
        let mut valve_pressure = PerValve::<f64>::default();
        for v in Valve::ALL {
            let spec = self.params.valve(v);
            let (from, to) = v.ends();
            let downstream = match to {
                Outlet::Vein(c) => referred[c],
                Outlet::Heart => RIGHT_ATRIAL_PRESSURE_MMHG,
            };
            let dp = referred[from] - downstream;
            // Flow through a collapsing vein falls with the square of its
            // filling (Poiseuille: conductance ∝ area², area ∝ volume).
            let leaving = match to {
                Outlet::Vein(c) if dp < 0.0 => c,
                Outlet::Vein(_) | Outlet::Heart => from,
            };
            let filling = self.params.wall(leaving).filling(self.volume_ml[leaving]);
            let segment = (filling * filling).min(1.0);
            let leak = reflux_fraction(spec, self.volume_ml[v.seated_in()]);
            valve_pressure[v] = dp;
            valve_ml_s[v] = flow_ml_s(spec, self.valve_opening[v], dp, segment, leak);
        }

        // Arterial inflow through the capillary beds: arterial pressure carries
        // the same hydrostatic column as the veins, so the drive is posture-free.
        let arterial_at = |c: Compartment| {
            MEAN_ARTERIAL_PRESSURE_MMHG + HYDROSTATIC_MMHG_PER_CM * self.heights_cm[c]
        };
        let (ankle, deep) = (Compartment::Ankle, Compartment::CalfDeep);
        let skin_inflow =
            self.params.skin_inflow_ml_s_per_mmhg * (arterial_at(ankle) - pressure[ankle]).max(0.0);
        let muscle_inflow = self.params.muscle_inflow_ml_s_per_mmhg
            * self.hyperemia
            * (arterial_at(deep) - pressure[deep]).max(0.0);

        let tissue = &self.params.tissue;
        let filtration = tissue.filtration_ml_s(
            pressure[ankle],
            skin_inflow,
            self.swelling_ml,
            self.params.stockings.ankle_pressure_mmhg(),
        );
        let lymph = tissue.lymph_ml_s(self.swelling_ml, self.drive.rhythm.is_some(), filtration);

        Flows {
            pressure_mmhg: pressure,
            valve_ml_s,
            valve_pressure_mmhg: valve_pressure,
            skin_inflow_ml_s: skin_inflow,
            skin_to_veins_ml_s: skin_inflow - filtration,
            muscle_inflow_ml_s: muscle_inflow,
            filtration_ml_s: filtration,
            lymph_ml_s: lymph,
            intramuscular_mmhg: intramuscular,
        }
    }
}

struct Flows {
    pressure_mmhg: PerCompartment<f64>,
    valve_ml_s: PerValve<f64>,
    valve_pressure_mmhg: PerValve<f64>,
    skin_inflow_ml_s: f64,
    skin_to_veins_ml_s: f64,
    muscle_inflow_ml_s: f64,
    filtration_ml_s: f64,
    lymph_ml_s: f64,
    intramuscular_mmhg: f64,
}
