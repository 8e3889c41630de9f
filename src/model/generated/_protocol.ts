export enum Protocol {
    LIDO = "LIDO",
    ROCKET_POOL = "ROCKET_POOL",
    EIGENLAYER = "EIGENLAYER",
}
