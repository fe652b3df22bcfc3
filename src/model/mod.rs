//! The physiology: a lumped model of one leg's veins, with no web dependency.
//!
//! Four vein segments (ankle superficial, calf superficial, calf deep, thigh)
//! joined by six one-way valves drain arterial inflow to the heart against the
//! hydrostatic column set by posture. The calf squeezes the deep veins in a
//! rhythm set by the activity; valves, stockings and the calf's strength
//! describe the leg. See `ARCHITECTURE.md` for the map.

pub mod activity;
pub mod leg;
pub mod simulation;
pub mod summary;
pub mod valve;
pub mod vein;

pub use activity::{Activity, Posture};
pub use leg::{LegCondition, Stockings};
pub use simulation::{BloodLedger, LegState, Simulation, DEFAULT_TIME_STEP_S};
pub use summary::{
    clinical_summary, clinical_summary_with_step, standing_ankle_pressure_mmhg, ClinicalSummary,
};
