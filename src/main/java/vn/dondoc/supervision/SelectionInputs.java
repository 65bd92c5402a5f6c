package vn.dondoc.supervision;

import java.math.BigDecimal;

/**
 * What the selection rules are given about one organisation in a period.
 *
 * @param usageBand the band of the access rate in the newest app snapshot up to the period's end:
 *     {@code COMMENDED}, {@code MIDDLE}, {@code LOW}, {@code NOT_DEPLOYED} or {@code NO_DATA}
 * @param accessTrend the access rate's change in percentage points since the snapshot before; null without one
 * @param overdueFollowUps the organisation's follow-ups past their deadline and not done at the evaluation moment
 * @param lateFollowUps its follow-ups due in the period and done after the deadline
 * @param meetingsMissed branch meetings not held or not on the app; always null until Đôn đốc records meetings
 * @param overdueRemediation remediation actions of earlier conclusions not verified and past their due day
 * @param openRemediation those not verified and not yet due
 */
public record SelectionInputs(String usageBand, BigDecimal accessTrend, int overdueFollowUps, int lateFollowUps,
    Integer meetingsMissed, int overdueRemediation, int openRemediation) {
}
