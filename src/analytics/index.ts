export {DailySeries} from './series'
