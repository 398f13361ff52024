-brand = Parité
    .gender = feminine
welcome = Bienvenue sur { -brand } !
    .title = { $name }
count = { $count ->
    [one] une réponse
   *[other] { NUMBER($count) } réponses
}
loop = { loop }
broken = { $name
last = fin
