export enum WithdrawalStatus {
    REQUESTED = "REQUESTED",
    FINALIZED = "FINALIZED",
    COMPLETED = "COMPLETED",
}
