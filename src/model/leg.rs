//! The leg being simulated: its veins, valves and calf, healthy or not, with
//! or without compression stockings.

use super::valve::ValveSpec;
use super::vein::VeinWall;

/// The state of the reader's leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegCondition {
    Healthy,
    /// Leaky great saphenous vein valves and saphenofemoral junction (varicose veins).
    SuperficialReflux,
    /// Leaky popliteal and femoral valves and perforators (e.g. after a deep vein thrombosis).
    DeepReflux,
    /// A calf muscle that squeezes weakly (rare: disuse, neuromuscular disease, a stiff ankle).
    WeakCalf,
}

impl LegCondition {
    pub const ALL: [LegCondition; 4] = [
        LegCondition::Healthy,
        LegCondition::SuperficialReflux,
        LegCondition::DeepReflux,
        LegCondition::WeakCalf,
    ];
}

/// Compression stocking class, by the pressure it applies at the ankle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stockings {
    None,
    Class15to20,
    Class20to30,
    Class30to40,
}

impl Stockings {
    pub const ALL: [Stockings; 4] = [
        Stockings::None,
        Stockings::Class15to20,
        Stockings::Class20to30,
        Stockings::Class30to40,
    ];

    /// Mid-class pressure at the ankle (mmHg), US compression classes.
    pub fn ankle_pressure_mmhg(self) -> f64 {
        match self {
            Stockings::None => 0.0,
            Stockings::Class15to20 => 17.5,
            Stockings::Class20to30 => 25.0,
            Stockings::Class30to40 => 35.0,
        }
    }

    /// Pressure at the calf (mmHg): graduated stockings apply about 70 % of the
    /// ankle pressure at the calf (EN 12718 / RAL-GZ 387 pressure profiles).
    pub fn calf_pressure_mmhg(self) -> f64 {
        0.7 * self.ankle_pressure_mmhg()
    }
}

/// Index of each vein compartment in the model's arrays.
pub mod compartment {
    /// Foot and ankle superficial veins: where the ambulatory pressure needle goes.
    pub const ANKLE: usize = 0;
    /// Great and small saphenous veins along the calf, outside the muscle.
    pub const CALF_SUPERFICIAL: usize = 1;
    /// Deep calf veins and soleal sinuses, inside the muscle.
    pub const CALF_DEEP: usize = 2;
    /// Popliteal and femoral veins up to the groin.
    pub const THIGH: usize = 3;
    pub const COUNT: usize = 4;
}

/// Index of each valve; each lets blood go from `VALVE_ENDS[i].0` to `.1`.
pub mod valve {
    pub const ANKLE_TO_SAPHENOUS: usize = 0;
    pub const ANKLE_PERFORATOR: usize = 1;
    pub const CALF_PERFORATOR: usize = 2;
    pub const SAPHENOFEMORAL: usize = 3;
    pub const POPLITEAL: usize = 4;
    pub const FEMORAL: usize = 5;
    pub const COUNT: usize = 6;
}

/// The heart end of the femoral valve.
pub const RIGHT_ATRIUM: usize = compartment::COUNT;

/// (from, to) for every valve, in the forward (healthy) direction.
pub const VALVE_ENDS: [(usize, usize); valve::COUNT] = [
    (compartment::ANKLE, compartment::CALF_SUPERFICIAL),
    (compartment::ANKLE, compartment::CALF_DEEP),
    (compartment::CALF_SUPERFICIAL, compartment::CALF_DEEP),
    (compartment::CALF_SUPERFICIAL, compartment::THIGH),
    (compartment::CALF_DEEP, compartment::THIGH),
    (compartment::THIGH, RIGHT_ATRIUM),
];

/// Every parameter of one leg.
#[derive(Clone, Debug, PartialEq)]
pub struct LegParams {
    pub walls: [VeinWall; compartment::COUNT],
    pub valves: [ValveSpec; valve::COUNT],
    /// Which compartment's diameter decides whether a leaky valve's cusps meet.
    pub valve_vein: [usize; valve::COUNT],
    /// Skin (subcutaneous) capillary conductance into the ankle veins (mL/s per mmHg).
    pub skin_inflow_ml_s_per_mmhg: f64,
    /// Muscle capillary conductance into the deep calf veins at rest (mL/s per mmHg).
    pub muscle_inflow_ml_s_per_mmhg: f64,
    /// Scales the calf's intramuscular pressure (1 for a healthy muscle).
    pub calf_strength: f64,
    pub stockings: Stockings,
}

impl LegParams {
    pub fn new(condition: LegCondition, stockings: Stockings) -> Self {
        use compartment::*;
        let wall = |v0: f64, c: f64, vs: f64| VeinWall::new(v0, c, vs, 1.0);
        // Calf venous compliance is about 0.15 % of calf volume per mmHg
        // (clinical reference); a 1.2 L calf gives ≈ 1.8 mL/mmHg, shared here
        // between deep and superficial veins. Standing pools about 250 mL per
        // leg (volumetry, Phlebology 1998) across all four segments.
        let mut walls = [
            wall(12.0, 0.40, 80.0),
            wall(35.0, 0.55, 150.0),
            wall(55.0, 1.30, 250.0),
            wall(90.0, 2.2, 300.0),
        ];
        // Forward conductances (mL/s per mmHg): perforators and the saphenous
        // trunk are narrow; the deep axis is wide.
        let mut valves = [
            ValveSpec::competent(0.25),
            ValveSpec::competent(0.12),
            ValveSpec::competent(0.6),
            ValveSpec::competent(0.3),
            ValveSpec::competent(2.0),
            ValveSpec::competent(5.0),
        ];
        let mut calf_strength = 1.0;
        let leak = |g: f64, meet: f64| (g, meet);
        match condition {
            LegCondition::Healthy => {}
            LegCondition::SuperficialReflux => {
                // Varicose saphenous veins are dilated and more compliant.
                walls[CALF_SUPERFICIAL] = wall(50.0, 0.9, 200.0);
                for (i, (g, meet)) in [
                    (valve::ANKLE_TO_SAPHENOUS, leak(0.25, 60.0)),
                    (valve::SAPHENOFEMORAL, leak(0.3, 60.0)),
                ] {
                    valves[i].reflux_conductance_ml_s_per_mmhg = g;
                    valves[i].cusps_meet_volume_ml = meet;
                }
            }
            LegCondition::DeepReflux => {
                walls[CALF_DEEP] = wall(65.0, 2.0, 250.0);
                for (i, (g, meet)) in [
                    (valve::POPLITEAL, leak(1.2, 100.0)),
                    (valve::FEMORAL, leak(6.0, 100.0)),
                    (valve::ANKLE_PERFORATOR, leak(0.12, 9.0)),
                    (valve::CALF_PERFORATOR, leak(0.15, 40.0)),
                ] {
                    valves[i].reflux_conductance_ml_s_per_mmhg = g;
                    valves[i].cusps_meet_volume_ml = meet;
                }
            }
            LegCondition::WeakCalf => calf_strength = 0.45,
        }
        Self {
            walls,
            valves,
            valve_vein: [
                CALF_SUPERFICIAL,
                ANKLE,
                CALF_SUPERFICIAL,
                CALF_SUPERFICIAL,
                THIGH,
                THIGH,
            ],
            skin_inflow_ml_s_per_mmhg: 0.012,
            muscle_inflow_ml_s_per_mmhg: 0.040,
            calf_strength,
            stockings,
        }
    }
}
