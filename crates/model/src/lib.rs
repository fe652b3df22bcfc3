//! The physiology: a lumped model of one leg's veins, and the clinical
//! protocol that measures it. No dependencies and no web: tested and
//! benchmarked natively, compiled unchanged into the widget.
//!
//! Four vein segments ([`Compartment`]) joined by six one-way valves
//! ([`Valve`]) drain arterial inflow to the heart against the hydrostatic
//! column set by posture. The calf squeezes the deep veins in a rhythm set by
//! the activity; valves, stockings and the calf's strength describe the leg.
//! See `ARCHITECTURE.md` for the map.

pub mod activity;
pub mod day;
pub mod leg;
pub mod per;
pub mod protocol;
pub mod simulation;
pub mod tissue;
pub mod valve;
pub mod vein;

pub use activity::{Activity, CountUnit, Posture};
pub use day::{
    exact_day, DayBlock, DayModel, DayOutcome, DayPlan, Preset, HIGH_ANKLE_PRESSURE_MMHG,
};
pub use leg::{Compartment, LegCondition, Outlet, Stockings, Valve};
pub use per::{PerCompartment, PerValve};
pub use protocol::{
    active_window_s, clinical_summary, clinical_summary_with_step, fall_pct, fell,
    readout_window_s, refill_target_mmhg, ClinicalSummary, StepMean, RT90_CAP_S,
};
pub use simulation::{BloodLedger, LegState, Simulation, DEFAULT_TIME_STEP_S};
