compact-practice = Treino, não o verdadeiro FranceConnect
compact-more-below = ↓ Continua mais abaixo
compact-more-above = ↑ Início mais acima
compact-more-choices = ↕ Mais opções
console-cannot-show = A consola Linux não consegue mostrar a escrita desta língua ({ $lang }). O que funciona aqui:
console-plain = o modo de texto simples, para um leitor de ecrã: { $command }
console-speak = a leitura em voz alta: { $command }
console-sheet = a folha para imprimir (noutro computador): { $command }
