//! Fluid between the ankle's capillaries and its tissue: Starling filtration
//! out of the skin capillaries, against tissue pressure raised by oedema and
//! by a stocking, and lymph drainage back, helped by the calf pump. One place
//! for both, used step by step by [`crate::Simulation`] and minute by minute
//! by [`crate::day`].

/// Skin capillary pressure above the ankle vein pressure (mmHg): capillaries
/// sit upstream of the venules by roughly this much (Levick & Michel 2010:
/// venular capillary pressure a few mmHg above venous; the value is fitted).
const CAPILLARY_ABOVE_VENOUS_MMHG: f64 = 8.0;
/// Plasma minus tissue colloid osmotic pressure, times the reflection
/// coefficient (mmHg): what holds fluid in the capillary (Starling; Levick &
/// Michel 2010, Cardiovasc Res 87:198–210).
const ONCOTIC_HOLD_MMHG: f64 = 18.0;
/// Filtration coefficient of the lower-leg skin and subcutis (mL/s per mmHg):
/// about 0.0066 mL/min per mmHg per 100 mL over ~300 mL of tissue.
const FILTRATION_ML_S_PER_MMHG: f64 = 0.00033;
/// Tissue pressure rise per mL of oedema (mmHg/mL): a stiff subcutis. Fitted.
const TISSUE_MMHG_PER_ML: f64 = 0.15;
/// Resting lymph flow from the lower leg (mL/s), about 0.25 mL/min. Fitted
/// to the order of magnitude of resting leg lymph flow (Levick & Michel 2010).
const LYMPH_REST_ML_S: f64 = 0.004;
/// Lymph flow while the calf contracts, as a multiple of rest: the muscle
/// pump drives lymph as well as blood, and leg lymph flow rises several-fold
/// with exercise (Levick & Michel 2010). The factor itself is fitted.
const LYMPH_PUMPING_MULTIPLE: f64 = 3.0;
/// Swelling (mL) that doubles lymph flow: lymphatics drain more as tissue
/// fluid builds (the lymph "safety factor", Levick & Michel 2010). Fitted.
const LYMPH_DOUBLING_SWELLING_ML: f64 = 20.0;

/// Fluid filtered from the skin capillaries into the ankle tissue (mL/s), at
/// ankle vein pressure `ankle_mmhg`, with `swelling_ml` of oedema already
/// there and a stocking pressing `stocking_mmhg` on the ankle. Never more
/// than the blood reaching the skin (`skin_inflow_ml_s`).
#[inline]
pub fn filtration_ml_s(
    ankle_mmhg: f64,
    skin_inflow_ml_s: f64,
    swelling_ml: f64,
    stocking_mmhg: f64,
) -> f64 {
    let tissue = TISSUE_MMHG_PER_ML * swelling_ml + stocking_mmhg;
    let capillary = ankle_mmhg + CAPILLARY_ABOVE_VENOUS_MMHG;
    (FILTRATION_ML_S_PER_MMHG * (capillary - tissue - ONCOTIC_HOLD_MMHG))
        .max(0.0)
        .min(skin_inflow_ml_s)
}

/// Lymph drained from the ankle tissue (mL/s) with `swelling_ml` of oedema,
/// faster while the calf pumps. With no oedema, lymph takes only what is
/// filtered: it cannot drain fluid that is not there.
#[inline]
pub fn lymph_ml_s(swelling_ml: f64, calf_pumping: bool, filtration_ml_s: f64) -> f64 {
    let moving = if calf_pumping {
        LYMPH_PUMPING_MULTIPLE
    } else {
        1.0
    };
    let lymph = LYMPH_REST_ML_S * moving * (1.0 + swelling_ml * (1.0 / LYMPH_DOUBLING_SWELLING_ML));
    if swelling_ml > 0.0 {
        lymph
    } else {
        lymph.min(filtration_ml_s)
    }
}
