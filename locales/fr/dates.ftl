# dates: fr
date-weekday-monday = lundi
date-weekday-tuesday = mardi
date-weekday-wednesday = mercredi
date-weekday-thursday = jeudi
date-weekday-friday = vendredi
date-weekday-saturday = samedi
date-weekday-sunday = dimanche
date-month-january = janvier
date-month-february = février
date-month-march = mars
date-month-april = avril
date-month-may = mai
date-month-june = juin
date-month-july = juillet
date-month-august = août
date-month-september = septembre
date-month-october = octobre
date-month-november = novembre
date-month-december = décembre
date-day = { $day ->
    [1] 1er
   *[other] { $day }
}
date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
date-range-in-month = { $from }–{ $to } { $month } { $year }
date-range = { $from } – { $to }
date-with-time = { $date } à { $time }
