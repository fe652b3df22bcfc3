//! Reference ranges a healthy leg shows, for shading the charts. Numbers come
//! from `shared/clinical-reference.md`; where the literature gives none for an
//! activity the range is inferred and marked so.

use calf_pump_model::{Activity, HIGH_ANKLE_PRESSURE_MMHG};

/// Ankle (foot-vein) pressure of a healthy leg during the activity (mmHg).
pub fn healthy_ankle_pressure_mmhg(activity: Activity) -> (f64, f64) {
    match activity {
        // Stick et al. 1992 (median 84); Pollack & Wood 1949.
        Activity::Standing => (75.0, 95.0),
        // Seated: posture alone sets it, 56–70 mmHg (Pollack & Wood 1949;
        // band B25), which holds the healthy model's own seated value.
        Activity::Sitting => (56.0, 70.0),
        // Stick et al. 1993: supine 4–7 mmHg; band B1.
        Activity::Lying => (4.0, 12.0),
        // Stick 1992: 23.5 at 3 km/h, 30.4 at 6 km/h; band B3. Stairs, hiking and
        // running pump at least as well (inferred). Its top is the day's
        // "high pressure" line.
        Activity::Walking | Activity::Hiking | Activity::Stairs | Activity::Running => {
            (20.0, HIGH_ANKLE_PRESSURE_MMHG)
        }
        // Seated ankle pumps lower the seated pressure by at least 30 % in a
        // healthy leg (band B28); the top of the walking range (inferred).
        Activity::AnklePumps => (10.0, HIGH_ANKLE_PRESSURE_MMHG),
        // Feet above the heart: near zero, at most 8 mmHg (band B27).
        Activity::FeetUp => (0.0, 8.0),
        // Stick et al. 1993: 26–35 mmHg cycling at 50 W.
        Activity::CyclingToes => (20.0, HIGH_ANKLE_PRESSURE_MMHG),
        // Flat-footed pedalling barely uses the calf (inferred: near the seated-on-a-saddle rest).
        Activity::CyclingFlat => (60.0, 80.0),
        // Horizontal and immersed: below 20 mmHg (ordering O6).
        Activity::Swimming => (4.0, 20.0),
        // The 10-tiptoe test: a 55–85 % fall from ~85 mmHg (band B13).
        Activity::Tiptoe => (13.0, 38.0),
    }
}

/// Venous return of a healthy leg during the activity (mL/min): resting leg
/// inflow 150–450 (Holland 1998; band B15); exercise at least doubles it
/// (Rådegran 1997; band B16).
pub fn healthy_venous_return_ml_min(activity: Activity) -> (f64, f64) {
    match activity {
        Activity::Standing | Activity::Sitting | Activity::Lying | Activity::FeetUp => {
            (150.0, 450.0)
        }
        Activity::Tiptoe | Activity::AnklePumps => (150.0, 900.0),
        Activity::Walking
        | Activity::Running
        | Activity::Hiking
        | Activity::Stairs
        | Activity::CyclingToes
        | Activity::CyclingFlat
        | Activity::Swimming => (600.0, 2000.0),
    }
}
