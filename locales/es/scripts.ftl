compact-practice = Práctica, no el FranceConnect real
compact-more-below = ↓ Sigue más abajo
compact-more-above = ↑ Comienzo más arriba
compact-more-choices = ↕ Más opciones
console-cannot-show = La consola de Linux no puede mostrar la escritura de este idioma ({ $lang }). Lo que funciona aquí:
console-plain = el modo de texto simple, para un lector de pantalla: { $command }
console-speak = la lectura en voz alta: { $command }
console-sheet = la hoja para imprimir (en otro ordenador): { $command }
