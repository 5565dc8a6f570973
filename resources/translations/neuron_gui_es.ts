<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivationPanel</name>
    <message>
        <source>Activation function</source>
        <translation>Función de activación</translation>
    </message>
    <message>
        <source>A&amp;ctivation</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>The function f that turns the weighted sum z into the output</source>
        <translation>La función f que convierte la suma ponderada z en la salida</translation>
    </message>
    <message>
        <source>What the activation function does</source>
        <translation>Qué hace la función de activación</translation>
    </message>
    <message>
        <source>What the chosen function does, in plain words; scroll for more</source>
        <translation>Qué hace la función elegida, en palabras sencillas; desplázate para ver más</translation>
    </message>
    <message>
        <source>{symbol} ({description})</source>
        <translation>{symbol} ({description})</translation>
    </message>
</context>
<context>
    <name>ActivationPlot</name>
    <message>
        <source>weighted sum z</source>
        <translation>suma ponderada z</translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation>salida f(z)</translation>
    </message>
    <message>
        <source>Plot of the activation function</source>
        <translation>Gráfica de la función de activación</translation>
    </message>
    <message>
        <source>The curve is the activation function; the dot is this neuron&apos;s z and output. Drag to pan, scroll to zoom.</source>
        <translation>La curva es la función de activación; el punto marca la z y la salida de esta neurona. Arrastra para mover la vista y usa la rueda del ratón para hacer zoom.</translation>
    </message>
    <message>
        <source>slope f′(z)</source>
        <translation>pendiente f′(z)</translation>
    </message>
</context>
<context>
    <name>ContributionBars</name>
    <message>
        <source>contribution to z</source>
        <translation>contribución a z</translation>
    </message>
    <message>
        <source>Contribution bars</source>
        <translation>Barras de contribución</translation>
    </message>
    <message>
        <source>Each bar is one term of the weighted sum: blue pushes z up, orange pushes it down. The last bar is their total, z.</source>
        <translation>Cada barra es un término de la suma ponderada: el azul hace subir z y el naranja la hace bajar. La última barra es el total de todos ellos, z.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details were saved in:
{path}</source>
        <translation>Los detalles se guardaron en:
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved to a file.</source>
        <translation>No se pudieron guardar los detalles en un archivo.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Neuron GUI met an error it did not expect. Your work is still here and you can carry on.</source>
        <translation>Neuron GUI ha encontrado un error inesperado. Tu trabajo sigue aquí y puedes continuar.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
</context>
<context>
    <name>DecimalSpinBox</name>
    <message>
        <source>{label} takes at most {n} decimals, such as {example}.</source>
        <translation>{label} admite como mucho {n} decimales, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>{label} takes a number such as {example}, between {low} and {high}.</source>
        <translation>{label} admite un número como {example}, entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Plot as &amp;PNG image…</source>
        <translation>Gráfica como imagen &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the plot as a picture, for slides and documents</source>
        <translation>Guardar la gráfica como imagen, para presentaciones y documentos</translation>
    </message>
    <message>
        <source>Plot as &amp;SVG drawing…</source>
        <translation>Gráfica como dibujo &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the plot as a drawing that stays sharp at any size</source>
        <translation>Guardar la gráfica como dibujo, que se ve nítido a cualquier tamaño</translation>
    </message>
    <message>
        <source>Curve as &amp;CSV table…</source>
        <translation>Curva como tabla &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the points of the curve (z and f(z)) as a table for a spreadsheet</source>
        <translation>Guardar los puntos de la curva (z y f(z)) como tabla para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Worksheet (PDF)…</source>
        <translation>&amp;Hoja de ejercicios (PDF)…</translation>
    </message>
    <message>
        <source>A printable page: the task, the neuron&apos;s numbers and the formula with blanks to fill in</source>
        <translation>Una página para imprimir: la tarea, los números de la neurona y la fórmula con huecos para rellenar</translation>
    </message>
    <message>
        <source>Copy &amp;readout</source>
        <translation>Copia&amp;r el cálculo</translation>
    </message>
    <message>
        <source>Copy the written-out sum and output, to paste them elsewhere (Ctrl+Shift+C)</source>
        <translation>Copiar la suma y la salida desarrolladas, para pegarlas en otro sitio (Control+Mayúsculas+C)</translation>
    </message>
    <message>
        <source>The readout is on the clipboard.</source>
        <translation>El cálculo está en el portapapeles.</translation>
    </message>
    <message>
        <source>One neuron, worked out by hand</source>
        <translation>Una neurona, calculada a mano</translation>
    </message>
    <message>
        <source>Made with {app} {version}</source>
        <translation>Hecho con {app} {version}</translation>
    </message>
    <message>
        <source>Name: ______________________________      Date: ______________</source>
        <translation>Nombre: ______________________________      Fecha: ______________</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Use the numbers in the table to fill in the blanks below, then check your answer in Neuron GUI.</source>
        <translation>Usa los números de la tabla para rellenar los huecos de abajo y después comprueba tu respuesta en Neuron GUI.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>The neuron</source>
        <translation>La neurona</translation>
    </message>
    <message>
        <source>input {n}</source>
        <translation>entrada {n}</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>sesgo b</translation>
    </message>
    <message>
        <source>number i</source>
        <translation>número i</translation>
    </message>
    <message>
        <source>input xᵢ</source>
        <translation>entrada xᵢ</translation>
    </message>
    <message>
        <source>weight wᵢ</source>
        <translation>peso wᵢ</translation>
    </message>
    <message>
        <source>Work it out</source>
        <translation>Calcúlalo</translation>
    </message>
    <message>
        <source>output = f({blank}) = {blank}</source>
        <translation>salida = f({blank}) = {blank}</translation>
    </message>
    <message>
        <source>Each term is a weight times its input; then add the bias.</source>
        <translation>Cada término es un peso por su entrada; después suma el sesgo.</translation>
    </message>
    <message>
        <source>The activation function</source>
        <translation>La función de activación</translation>
    </message>
    <message>
        <source>Activation: {name}, {formula}</source>
        <translation>Función de activación: {name}, {formula}</translation>
    </message>
    <message>
        <source>Could not export {name}.</source>
        <translation>No se pudo exportar {name}.</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Se exportó {name}.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>the image could not be encoded as {kind}</source>
        <translation>no se pudo codificar la imagen como {kind}</translation>
    </message>
</context>
<context>
    <name>InputSpace</name>
    <message>
        <source>Hori&amp;zontal</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>Ver&amp;tical</source>
        <translation>Vert&amp;ical</translation>
    </message>
    <message>
        <source>Input on the horizontal axis</source>
        <translation>Entrada en el eje horizontal</translation>
    </message>
    <message>
        <source>Input on the vertical axis</source>
        <translation>Entrada en el eje vertical</translation>
    </message>
    <message>
        <source>Which input runs along this axis; the other inputs keep their values</source>
        <translation>Qué entrada va a lo largo de este eje; las demás entradas mantienen sus valores</translation>
    </message>
    <message>
        <source>The line lies outside this view:
zoom out or drag the plane to see it.</source>
        <translation>La recta queda fuera de esta vista:
aleja la vista o arrastra el plano.</translation>
    </message>
    <message>
        <source>Fit view</source>
        <translation>Ajustar vista</translation>
    </message>
    <message>
        <source>Fit the view to the points</source>
        <translation>Ajustar la vista a los puntos</translation>
    </message>
    <message>
        <source>Show the unit square, every point and the current input again</source>
        <translation>Volver a mostrar el cuadrado unidad, todos los puntos y la entrada actual</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Espacio de entradas</translation>
    </message>
    <message>
        <source>The colour is the neuron&apos;s output for every pair of these two inputs; the line is where its answer changes, and the output grows towards the side the weights point to. Drag the ringed cross to move the input. Click to add a point, Shift+click or right-click for the other class, click a point to remove it. Drag the background to pan, scroll to zoom.</source>
        <translation>El color es la salida de la neurona para cada par de valores de estas dos entradas; la línea es donde cambia su respuesta, y la salida crece hacia el lado al que apuntan los pesos. Arrastra la cruz con anillo para mover la entrada. Haz clic para añadir un punto, Mayúsculas+clic o clic derecho para la otra clase, y clic en un punto para quitarlo. Arrastra el fondo para mover la vista y usa la rueda del ratón para hacer zoom.</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Qué significan las marcas</translation>
    </message>
    <message>
        <source>This view needs at least two inputs: it draws the output over a plane, with one input along each side. This neuron has one input, so its whole story is the curve of the activation function. Add a second input to see the plane.</source>
        <translation>Esta vista necesita al menos dos entradas: dibuja la salida sobre un plano, con una entrada a lo largo de cada lado. Esta neurona tiene una sola entrada, así que todo lo que hace se ve en la curva de la función de activación. Añade una segunda entrada para ver el plano.</translation>
    </message>
    <message>
        <source>Add input x₂</source>
        <translation>Añadir entrada x₂</translation>
    </message>
    <message>
        <source>Add a second input</source>
        <translation>Añadir una segunda entrada</translation>
    </message>
    <message>
        <source>Give the neuron a second input x₂ with weight 0</source>
        <translation>Dar a la neurona una segunda entrada x₂ con peso 0</translation>
    </message>
    <message>
        <source>{name} never passes {middle}, so it gives the same answer everywhere.</source>
        <translation>{name} nunca cruza el valor {middle}, así que da la misma respuesta en todas partes.</translation>
    </message>
    <message>
        <source>The weights of {xa} and {xb} are both 0, so z, and with it the output, is the same everywhere in this plane: there is no line.</source>
        <translation>Los pesos de {xa} y {xb} son ambos 0, así que z, y con ella la salida, es igual en todo este plano: no hay línea.</translation>
    </message>
    <message>
        <source>Line: z = {z} = 0, where {name} jumps from {low} to {high}; on the line itself it still gives {low}.</source>
        <translation>Recta: z = {z} = 0, donde {name} salta de {low} a {high}; sobre la propia recta todavía da {low}.</translation>
    </message>
    <message>
        <source>Line: z = {z} = 0, where {name} gives {middle}, halfway between {low} and {high}.</source>
        <translation>Recta: z = {z} = 0, donde {name} da {middle}, a medio camino entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Line: z = {z} = {level}, not 0: there {name} reaches {middle}, halfway between the {low} and {high} that training aims at.</source>
        <translation>Recta: z = {z} = {level}, no 0: ahí {name} alcanza {middle}, a medio camino entre los valores {low} y {high} a los que apunta el entrenamiento.</translation>
    </message>
    <message>
        <source>Held at their current values: {held}.</source>
        <translation>Se mantienen en sus valores actuales: {held}.</translation>
    </message>
    <message>
        <source>The other {n} inputs are held at the values in the form.</source>
        <translation>Las otras {n} entradas se mantienen en los valores del formulario.</translation>
    </message>
    <message>
        <source>move input point ({xa}, {xb})</source>
        <translation>mover el punto de entrada ({xa}, {xb})</translation>
    </message>
    <message>
        <source>No point out here: points stay between −{limit} and {limit}, as the inputs do.</source>
        <translation>Aquí no hay punto posible: los puntos quedan entre −{limit} y {limit}, como las entradas.</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>clase 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>clase 1</translation>
    </message>
    <message>
        <source>on the wrong side</source>
        <translation>en el lado equivocado</translation>
    </message>
    <message>
        <source>the input: drag it</source>
        <translation>la entrada: arrástrala</translation>
    </message>
</context>
<context>
    <name>InputsForm</name>
    <message>
        <source>Input x{n}</source>
        <translation>Entrada x{n}</translation>
    </message>
    <message>
        <source>Weight w{n}</source>
        <translation>Peso w{n}</translation>
    </message>
    <message>
        <source>Remove input {n}</source>
        <translation>Quitar la entrada {n}</translation>
    </message>
    <message>
        <source>Remove input x{n} and its weight</source>
        <translation>Quitar la entrada x{n} y su peso</translation>
    </message>
    <message>
        <source>Inputs and weights</source>
        <translation>Entradas y pesos</translation>
    </message>
    <message>
        <source>List of inputs and their weights</source>
        <translation>Lista de entradas y sus pesos</translation>
    </message>
    <message>
        <source>Input xᵢ</source>
        <translation>Entrada xᵢ</translation>
    </message>
    <message>
        <source>Weight wᵢ</source>
        <translation>Peso wᵢ</translation>
    </message>
    <message>
        <source>Add &amp;input</source>
        <translation>Añadir entra&amp;da</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Add one more input x with its weight w (up to {n})</source>
        <translation>Añadir otra entrada x con su peso w (hasta {n})</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>&amp;Sesgo</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Sesgo b</translation>
    </message>
    <message>
        <source>A neuron here takes at most {n} inputs.</source>
        <translation>Aquí una neurona admite como máximo {n} entradas.</translation>
    </message>
    <message>
        <source>A neuron needs at least one input.</source>
        <translation>Una neurona necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>Inputs: {n} of {max}</source>
        <translation>Entradas: {n} de {max}</translation>
    </message>
    <message>
        <source>{n} of at most {max} inputs</source>
        <translation>{n} de {max} entradas como máximo</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Change the number in a field by one step</source>
        <translation>Cambiar el número de un campo en un paso</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Re Pág, Av Pág</translation>
    </message>
    <message>
        <source>Move a slider by a big step</source>
        <translation>Mover un control deslizante un paso grande</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Jump to that control or menu</source>
        <translation>Saltar a ese control o menú</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Finish typing a number (one undo step)</source>
        <translation>Terminar de escribir un número (un paso para deshacer)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>LearningDock</name>
    <message>
        <source>Input space and learning</source>
        <translation>Espacio de entradas y aprendizaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the input space and learning ({keys} opens them again)</source>
        <translation>Cerrar el espacio de entradas y el aprendizaje ({keys} los vuelve a abrir)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Put the input space and learning in a window of their own, or back</source>
        <translation>Pasar el espacio de entradas y el aprendizaje a una ventana propia, o devolverlos</translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>Points to learn</source>
        <translation>Puntos para aprender</translation>
    </message>
    <message>
        <source>Point&amp;s</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <source>A truth table on the corners of the unit square, or points of your own</source>
        <translation>Una tabla de verdad en las esquinas del cuadrado unidad, o tus propios puntos</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>Tus propios puntos</translation>
    </message>
    <message>
        <source>class &amp;{n}</source>
        <translation>clase &amp;{n}</translation>
    </message>
    <message>
        <source>A click in the plane adds a point of class {n}; Shift+click or right-click adds one of class {other}</source>
        <translation>Un clic en el plano añade un punto de la clase {n}; Mayúsculas+clic o clic derecho añade uno de la clase {other}</translation>
    </message>
    <message>
        <source>Point at input</source>
        <translation>Punto en la entrada</translation>
    </message>
    <message>
        <source>Add a point of the chosen class where the input point is, or remove the point that is already there: the keyboard&apos;s way to place points (move the input with the x fields)</source>
        <translation>Añadir un punto de la clase elegida donde está el punto de entrada, o quitar el punto que ya hay ahí: la forma de colocar puntos con el teclado (mueve la entrada con los campos x)</translation>
    </message>
    <message>
        <source>Clear points</source>
        <translation>Borrar puntos</translation>
    </message>
    <message>
        <source>Remove every point of your own</source>
        <translation>Quitar todos tus puntos</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>&amp;Regla</translation>
    </message>
    <message>
        <source>Learning rule</source>
        <translation>Regla de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>Tasa de aprendi&amp;zaje</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big a step each correction takes: too small and learning crawls, too big and the line jumps past where it should go</source>
        <translation>Qué tamaño tiene el paso de cada corrección: si es demasiado pequeño, el aprendizaje avanza muy despacio; si es demasiado grande, la línea se pasa de donde debería quedar</translation>
    </message>
    <message>
        <source>Start &amp;weights</source>
        <translation>Pes&amp;os iniciales</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>Where the weights and bias begin: small random numbers from the seed, all zero, or whatever they are now</source>
        <translation>Con qué valores empiezan los pesos y el sesgo: números aleatorios pequeños a partir de la semilla, todos a cero o los que tengan ahora</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatorios</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>a cero</translation>
    </message>
    <message>
        <source>keep current</source>
        <translation>mantener los actuales</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>Semi&amp;lla</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>The same seed gives the same random start and the same order of points, so a run can be repeated exactly</source>
        <translation>La misma semilla da el mismo inicio aleatorio y el mismo orden de los puntos, así que un entrenamiento se puede repetir exactamente</translation>
    </message>
    <message>
        <source>&amp;Max. epochs</source>
        <translation>&amp;Máx. épocas</translation>
    </message>
    <message>
        <source>Maximum number of epochs</source>
        <translation>Número máximo de épocas</translation>
    </message>
    <message>
        <source>Training stops when every point is on its side of the line, or after this many epochs (passes over all the points)</source>
        <translation>El entrenamiento se detiene cuando cada punto está en su lado de la línea, o tras este número de épocas (pasadas por todos los puntos)</translation>
    </message>
    <message>
        <source>Stop once every point is on its side</source>
        <translation>Parar en cuanto cada punto esté en su lado</translation>
    </message>
    <message>
        <source>Untick to train on to the maximum number of epochs: the loss keeps falling and the outputs move away from the middle, as the neuron grows more sure of its answers. Gradient descent only: the perceptron rule changes nothing once every point is right</source>
        <translation>Desmárcalo para seguir entrenando hasta el número máximo de épocas: la pérdida sigue bajando y las salidas se alejan del medio, a medida que la neurona está más segura de sus respuestas. Solo con el descenso de gradiente: la regla del perceptrón ya no cambia nada cuando cada punto está bien</translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation>&amp;Una época</translation>
    </message>
    <message>
        <source>Train for one epoch: one pass over all the points</source>
        <translation>Entrenar una época: una pasada por todos los puntos</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Resta&amp;blecer</translation>
    </message>
    <message>
        <source>Stop, and put back the weights and bias the neuron had before this run</source>
        <translation>Parar y devolver los pesos y el sesgo que tenía la neurona antes de este entrenamiento</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>How many epochs play shows each second</source>
        <translation>Cuántas épocas por segundo se muestran al ejecutar</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>Resultado del entrenamiento</translation>
    </message>
    <message>
        <source>Use exactly two inputs</source>
        <translation>Usar exactamente dos entradas</translation>
    </message>
    <message>
        <source>choose the points to learn</source>
        <translation>elegir los puntos que aprender</translation>
    </message>
    <message>
        <source>At most {n} points can be learned at once.</source>
        <translation>Como máximo se pueden aprender {n} puntos a la vez.</translation>
    </message>
    <message>
        <source>add a point</source>
        <translation>añadir un punto</translation>
    </message>
    <message>
        <source>remove a point</source>
        <translation>quitar un punto</translation>
    </message>
    <message>
        <source>clear the points</source>
        <translation>borrar los puntos</translation>
    </message>
    <message>
        <source>Removed the point at ({where}).</source>
        <translation>Se quitó el punto en ({where}).</translation>
    </message>
    <message>
        <source>Added a point of class {n} at ({where}).</source>
        <translation>Se añadió un punto de clase {n} en ({where}).</translation>
    </message>
    <message>
        <source>Points to learn from lie in the plane of two inputs; this neuron has one.</source>
        <translation>Los puntos de los que aprender están en el plano de dos entradas; esta neurona tiene una.</translation>
    </message>
    <message>
        <source>Click in the plane to add a point of the chosen class; Shift+click or right-click adds the other class, and a click on a point removes it.</source>
        <translation>Haz clic en el plano para añadir un punto de la clase elegida; Mayúsculas+clic o clic derecho añade la otra clase, y un clic en un punto lo quita.</translation>
    </message>
    <message>
        <source>{n} points so far.</source>
        <translation>{n} puntos hasta ahora.</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Regla del perceptrón</translation>
    </message>
    <message>
        <source>Step answers only 0 or 1 and its slope is 0 wherever it has one, so gradient descent could never move its weights. The perceptron rule is used instead: for each point it gets wrong, it moves the weights and bias towards the right answer.</source>
        <translation>La función escalón solo responde 0 o 1 y su pendiente es 0 allí donde existe, así que el descenso de gradiente nunca podría mover sus pesos. En su lugar se usa la regla del perceptrón: por cada punto que clasifica mal, mueve los pesos y el sesgo hacia la respuesta correcta.</translation>
    </message>
    <message>
        <source>Gradient descent, squared error</source>
        <translation>Descenso de gradiente, error cuadrático</translation>
    </message>
    <message>
        <source>Gradient descent, cross-entropy</source>
        <translation>Descenso de gradiente, entropía cruzada</translation>
    </message>
    <message>
        <source>Gradient descent moves the weights a little downhill on the loss after each epoch. Cross-entropy is offered because a sigmoid&apos;s output can be read as a probability. The perceptron rule is not: it needs the yes-or-no step function.</source>
        <translation>El descenso de gradiente mueve los pesos un poco cuesta abajo en la pérdida después de cada época. Se ofrece la entropía cruzada porque la salida de una sigmoide se puede leer como una probabilidad. La regla del perceptrón no: necesita la función escalón, que solo dice sí o no.</translation>
    </message>
    <message>
        <source>Gradient descent moves the weights a little downhill on the loss after each epoch. The perceptron rule is not offered: it needs the yes-or-no step function. Cross-entropy is offered only for sigmoid, whose output can be read as a probability.</source>
        <translation>El descenso de gradiente mueve los pesos un poco cuesta abajo en la pérdida después de cada época. La regla del perceptrón no se ofrece: necesita la función escalón, que solo dice sí o no. La entropía cruzada solo se ofrece para la sigmoide, cuya salida se puede leer como una probabilidad.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>mean of ½·(output − target)²</source>
        <translation>media de ½·(salida − objetivo)²</translation>
    </message>
    <message>
        <source>{n} epoch/s</source>
        <translation>{n} época/s</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} épocas/s</translation>
    </message>
    <message>
        <source>Training here needs a neuron with exactly two inputs, one along each side of the plane: then nothing off the picture adds to z, and the line you see is the whole rule the neuron learns. This neuron has {n}.</source>
        <translation>Aquí el entrenamiento necesita una neurona con exactamente dos entradas, una a lo largo de cada lado del plano: así nada fuera de la imagen se suma a z, y la línea que ves es toda la regla que aprende la neurona. Esta neurona tiene {n}.</translation>
    </message>
    <message>
        <source>Add input x₂</source>
        <translation>Añadir entrada x₂</translation>
    </message>
    <message>
        <source>Give the neuron a second input, weight 0</source>
        <translation>Dar a la neurona una segunda entrada, con peso 0</translation>
    </message>
    <message>
        <source>Keep only {xa} and {xb}</source>
        <translation>Dejar solo {xa} y {xb}</translation>
    </message>
    <message>
        <source>Remove the inputs that are not on an axis (one undo step)</source>
        <translation>Quitar las entradas que no están en un eje (un solo paso para deshacer)</translation>
    </message>
    <message>
        <source>keep only {xa} and {xb}</source>
        <translation>dejar solo {xa} y {xb}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <source>Stop after the epoch on screen</source>
        <translation>Parar después de la época que se está mostrando</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Train epoch after epoch at the chosen speed, until every point is on its side or the maximum is reached</source>
        <translation>Entrenar época tras época a la velocidad elegida, hasta que cada punto esté en su lado o se llegue al máximo</translation>
    </message>
    <message>
        <source>Training needs a neuron with exactly two inputs.</source>
        <translation>El entrenamiento necesita una neurona con exactamente dos entradas.</translation>
    </message>
    <message>
        <source>train the neuron</source>
        <translation>entrenar la neurona</translation>
    </message>
    <message>
        <source>reset training</source>
        <translation>restablecer el entrenamiento</translation>
    </message>
    <message>
        <source>No points to learn from yet: click in the plane to add some, or choose a truth table under Points.</source>
        <translation>Aún no hay puntos de los que aprender: haz clic en el plano para añadir algunos o elige una tabla de verdad en Puntos.</translation>
    </message>
    <message>
        <source>Learning is off in this lesson: find the answer yourself. A ring marks a point on the wrong side of the line; once no point is ringed, you have found it.</source>
        <translation>En esta lección el aprendizaje está desactivado: encuentra tú la respuesta. Un anillo marca cada punto que queda en el lado equivocado de la línea; cuando ningún punto tenga anillo, lo habrás conseguido.</translation>
    </message>
    <message>
        <source>Epoch 0: no run under way</source>
        <translation>Época 0: ninguna ejecución en marcha</translation>
    </message>
    <message>
        <source>Epoch {epoch} · loss {loss} ({kind}) · {wrong} of {n} points on the wrong side</source>
        <translation>Época {epoch} · pérdida {loss} ({kind}) · {wrong} de {n} puntos en el lado equivocado</translation>
    </message>
    <message>
        <source>A new run, starting from the weights and bias the last one ended with.</source>
        <translation>Una nueva ejecución, que parte de los pesos y el sesgo con los que terminó la anterior.</translation>
    </message>
    <message>
        <source>The start changed: the next epoch starts a new run from it.</source>
        <translation>El inicio cambió: la próxima época empieza una nueva ejecución desde él.</translation>
    </message>
    <message>
        <source>The settings changed: the next epoch starts a new run with them, from the weights and bias shown.</source>
        <translation>Los ajustes cambiaron: la próxima época empieza una nueva ejecución con ellos, desde los pesos y el sesgo que se muestran.</translation>
    </message>
    <message>
        <source>{n} epoch</source>
        <translation>{n} época</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} épocas</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>Learned: after {epochs} every point is on its own side of the line.</source>
        <translation>Aprendido: tras {epochs}, cada punto está en su lado de la línea.</translation>
    </message>
    <message>
        <source>Stopped after {epochs} with {wrong} still on the wrong side.</source>
        <translation>Se detuvo tras {epochs} con {wrong} todavía en el lado equivocado.</translation>
    </message>
    <message>
        <source>More epochs would not help: no straight line can split these points into their two classes. One neuron can only ever split the plane with a straight line, because its answer changes where w₁·x₁ + w₂·x₂ + b reaches one fixed value, and the points where such a sum is constant always lie on a straight line. Telling these points apart takes more than one neuron: a layer of them feeding another.</source>
        <translation>Más épocas no ayudarían: ninguna línea recta puede separar estos puntos en sus dos clases. Una sola neurona solo puede dividir el plano con una línea recta, porque su respuesta cambia donde w₁·x₁ + w₂·x₂ + b alcanza un valor fijo, y los puntos donde una suma así es constante siempre están sobre una línea recta. Para distinguir estos puntos hace falta más de una neurona: una capa de neuronas que alimente a otra.</translation>
    </message>
    <message>
        <source>The weights have not moved at all: the slope of the activation is 0 at every point, so the gradient is 0, and more epochs would not change that. For ReLU that happens when z is 0 or below at every point; a random start or a positive bias gets it going.</source>
        <translation>Los pesos no se han movido nada: la pendiente de la activación es 0 en cada punto, así que el gradiente es 0, y más épocas no lo cambiarían. Con ReLU eso pasa cuando z es 0 o menos en todos los puntos; un inicio aleatorio o un sesgo positivo lo pone en marcha.</translation>
    </message>
    <message>
        <source>A straight line that splits these points does exist, so training can still find it: allow more epochs, or try another learning rate or start.</source>
        <translation>Sí existe una línea recta que separa estos puntos, así que el entrenamiento todavía puede encontrarla: permite más épocas o prueba otra tasa de aprendizaje u otro inicio.</translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>&amp;Choose a lesson; Enter opens it:</source>
        <translation>&amp;Elige una lección; Intro la abre:</translation>
    </message>
    <message>
        <source>Choose a lesson; Enter opens it</source>
        <translation>Elige una lección; Intro la abre</translation>
    </message>
    <message>
        <source>What the lesson asks</source>
        <translation>Lo que pide la lección</translation>
    </message>
    <message>
        <source>The task and the question of the selected lesson</source>
        <translation>La tarea y la pregunta de la lección seleccionada</translation>
    </message>
    <message>
        <source>Open the selected lesson</source>
        <translation>Abrir la lección seleccionada</translation>
    </message>
    <message>
        <source>Close this list and keep the neuron as it is</source>
        <translation>Cerrar esta lista y dejar la neurona como está</translation>
    </message>
    <message>
        <source>{name} (cannot be read)</source>
        <translation>{name} (no se puede leer)</translation>
    </message>
    <message>
        <source>{task}

Question: {question}</source>
        <translation>{task}

Pregunta: {question}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>The loss after every epoch so far: how far the outputs are from the targets. It falls as the neuron learns.</source>
        <translation>La pérdida después de cada época hasta ahora: cuánto se alejan las salidas de los valores objetivo. Baja a medida que la neurona aprende.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Neuron</source>
        <translation>&amp;Neurona</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>Ac&amp;tivación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add input</source>
        <translation>&amp;Añadir entrada</translation>
    </message>
    <message>
        <source>&amp;Remove last input</source>
        <translation>&amp;Quitar la última entrada</translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation>Restablecer &amp;todo</translation>
    </message>
    <message>
        <source>Put back the starting inputs, weights, bias and activation</source>
        <translation>Volver a las entradas, los pesos, el sesgo y la activación del principio</translation>
    </message>
    <message>
        <source>Reset plot &amp;view</source>
        <translation>&amp;Vista inicial</translation>
    </message>
    <message>
        <source>Show the curve around zero again, and the whole input space with its points (Ctrl+Home)</source>
        <translation>Volver a mostrar la curva alrededor de cero, y todo el espacio de entradas con sus puntos (Control+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Slope and tangent</source>
        <translation>&amp;Pendiente y tangente</translation>
    </message>
    <message>
        <source>Show the derivative f′(z) as a dotted curve and the tangent line at the point (Ctrl+D)</source>
        <translation>Mostrar la derivada f′(z) como curva punteada y la recta tangente en el punto (Control+D)</translation>
    </message>
    <message>
        <source>&amp;Contribution bars</source>
        <translation>&amp;Barras de contribución</translation>
    </message>
    <message>
        <source>Show how much each input and the bias add to the weighted sum (Ctrl+B)</source>
        <translation>Mostrar cuánto aportan cada entrada y el sesgo a la suma ponderada (Control+B)</translation>
    </message>
    <message>
        <source>&amp;Input space and learning</source>
        <translation>&amp;Espacio de entradas y aprendizaje</translation>
    </message>
    <message>
        <source>Show the output over the plane of two inputs, and teach the neuron to split labelled points (Ctrl+L)</source>
        <translation>Mostrar la salida sobre el plano de dos entradas y enseñar a la neurona a separar puntos etiquetados (Control+L)</translation>
    </message>
    <message>
        <source>C&amp;ompare with</source>
        <translation>&amp;Comparar con</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Compare with other activation functions</source>
        <translation>Comparar con otras funciones de activación</translation>
    </message>
    <message>
        <source>Draw other activation functions on the same axes, each with its own point</source>
        <translation>Dibujar otras funciones de activación en los mismos ejes, cada una con su propio punto</translation>
    </message>
    <message>
        <source>Compare with &amp;all</source>
        <translation>Comparar con &amp;todas</translation>
    </message>
    <message>
        <source>Compare with &amp;none</source>
        <translation>Comparar con &amp;ninguna</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>&amp;About Neuron GUI</source>
        <translation>A&amp;cerca de Neuron GUI</translation>
    </message>
    <message>
        <source>About Neuron GUI</source>
        <translation>Acerca de Neuron GUI</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Neuron GUI {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Change the inputs, the weights and the bias of one artificial neuron, pick its activation function, and watch the weighted sum and the output follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neuron GUI {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cambia las entradas, los pesos y el sesgo de una neurona artificial, elige su función de activación y observa cómo cambian con ellos la suma ponderada y la salida.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NeuronModel</name>
    <message>
        <source>change</source>
        <translation>cambiar</translation>
    </message>
    <message>
        <source>change input x{n}</source>
        <translation>cambiar la entrada x{n}</translation>
    </message>
    <message>
        <source>change weight w{n}</source>
        <translation>cambiar el peso w{n}</translation>
    </message>
    <message>
        <source>change bias b</source>
        <translation>cambiar el sesgo b</translation>
    </message>
    <message>
        <source>change parameter {name}</source>
        <translation>cambiar el parámetro {name}</translation>
    </message>
    <message>
        <source>choose activation</source>
        <translation>elegir la activación</translation>
    </message>
    <message>
        <source>add input</source>
        <translation>añadir entrada</translation>
    </message>
    <message>
        <source>remove input x{n}</source>
        <translation>quitar la entrada x{n}</translation>
    </message>
    <message>
        <source>reset all</source>
        <translation>restablecer todo</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{label} slider</source>
        <translation>Control deslizante de {label}</translation>
    </message>
    <message>
        <source>{label}: type a value, use the arrow keys, or drag the slider</source>
        <translation>{label}: escribe un valor, usa las flechas del teclado o arrastra el control deslizante</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <source>What the neuron computes</source>
        <translation>Lo que calcula la neurona</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Suma ponderada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>no slope here: the curve jumps or has a corner</source>
        <translation>aquí no hay pendiente: la curva salta o tiene una esquina</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The field keeps {value}.</source>
        <translation>El campo conserva {value}.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{label} is now {value}: a key it could not take was left out.</source>
        <translation>{label} vale ahora {value}: se omitió una tecla que no admite.</translation>
    </message>
    <message>
        <source>{label} is back to {value}: the field held no number.</source>
        <translation>{label} vuelve a {value}: el campo no contenía ningún número.</translation>
    </message>
    <message>
        <source>{label} is back to {value}: {typed} is not between {low} and {high}.</source>
        <translation>{label} vuelve a {value}: {typed} no está entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start again from the default neuron, with no lesson</source>
        <translation>Empezar de nuevo con la neurona predeterminada, sin lección</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a scenario file (*.neuron.json)</source>
        <translation>Abrir un archivo de escenario (*.neuron.json)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lecciones…</translation>
    </message>
    <message>
        <source>Choose one of the lessons that come with Neuron GUI</source>
        <translation>Elegir una de las lecciones que incluye Neuron GUI</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the neuron and its lesson to its file</source>
        <translation>Guardar la neurona y su lección en su archivo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the neuron and its lesson to a new file</source>
        <translation>Guardar la neurona y su lección en un archivo nuevo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Files opened or saved lately</source>
        <translation>Archivos abiertos o guardados hace poco</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>{name}[*] — Neuron GUI</source>
        <translation>{name}[*] — Neuron GUI</translation>
    </message>
    <message>
        <source>Neuron GUI — how one neuron computes[*]</source>
        <translation>Neuron GUI — cómo calcula una neurona[*]</translation>
    </message>
    <message>
        <source>Could not open {name}.</source>
        <translation>No se pudo abrir {name}.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”.</source>
        <translation>Se abrió la lección «{title}».</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Se abrió {name}.</translation>
    </message>
    <message>
        <source>Could not save {name}.</source>
        <translation>No se pudo guardar {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>the cases and the answer</source>
        <translation>los casos y la respuesta</translation>
    </message>
    <message>
        <source>the points and the answer</source>
        <translation>los puntos y la respuesta</translation>
    </message>
    <message>
        <source>the cases</source>
        <translation>los casos</translation>
    </message>
    <message>
        <source>the points</source>
        <translation>los puntos</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>Saved {name} without {parts}.</source>
        <translation>Se guardó {name} sin {parts}.</translation>
    </message>
    <message>
        <source>They are for {n} inputs, and the neuron now has {m}. With {n} inputs again, Save writes them back; until this window closes they are kept.</source>
        <translation>Corresponden a {n} entradas, y la neurona tiene ahora {m}. Con {n} entradas de nuevo, Guardar los vuelve a escribir; hasta que se cierre esta ventana se conservan.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {name} first?</source>
        <translation>¿Guardar primero los cambios de {name}?</translation>
    </message>
    <message>
        <source>Changes you do not save are lost.</source>
        <translation>Los cambios que no guardes se perderán.</translation>
    </message>
    <message>
        <source>this neuron</source>
        <translation>esta neurona</translation>
    </message>
    <message>
        <source>{name} is no longer there.</source>
        <translation>{name} ya no está.</translation>
    </message>
    <message>
        <source>It was moved, renamed or deleted: {path}
It has been taken off the list of recent files.</source>
        <translation>Se movió, se le cambió el nombre o se eliminó: {path}
Se ha quitado de la lista de archivos recientes.</translation>
    </message>
    <message>
        <source>Neuron scenarios (*.neuron.json)</source>
        <translation>Escenarios de neurona (*.neuron.json)</translation>
    </message>
    <message>
        <source>All JSON files (*.json)</source>
        <translation>Todos los archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Abrir un escenario</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Neuron GUI</source>
        <translation>Neuron GUI</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What the open lesson asks you to do</source>
        <translation>Lo que te pide la lección abierta</translation>
    </message>
    <message>
        <source>Task and question</source>
        <translation>Tarea y pregunta</translation>
    </message>
    <message>
        <source>What the open lesson asks you to do; scroll for more</source>
        <translation>Lo que te pide la lección abierta; desplázate para ver más</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Whether the neuron now gives each case of the task the answer it asks for</source>
        <translation>Si la neurona da ahora a cada caso de la tarea la respuesta que pide</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>Pregunta: {text}</translation>
    </message>
    <message>
        <source>Nothing to check while the number of inputs differs from the task&apos;s ({n}).</source>
        <translation>No hay nada que comprobar mientras el número de entradas no sea el de la tarea ({n}).</translation>
    </message>
    <message>
        <source>✓ Solved: every case of the task gets the answer it asks for.</source>
        <translation>✓ Resuelto: cada caso de la tarea recibe la respuesta que pide.</translation>
    </message>
    <message>
        <source>Right for {right} of {n} cases.</source>
        <translation>Correcto en {right} de {n} casos.</translation>
    </message>
    <message>
        <source>Not yet: {wrong} of {n} cases get the other answer.</source>
        <translation>Todavía no: {wrong} de {n} casos reciben la otra respuesta.</translation>
    </message>
    <message>
        <source>Not yet right for {cases}.</source>
        <translation>Todavía no es correcto para {cases}.</translation>
    </message>
    <message>
        <source>An output above {middle} counts as 1.</source>
        <translation>Una salida mayor que {middle} cuenta como 1.</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Zoom in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>&amp;Modo proyector</translation>
    </message>
    <message>
        <source>Make all text, lines and points much larger, for the back of the classroom (F5)</source>
        <translation>Hacer mucho más grandes todos los textos, líneas y puntos, para que se vean desde el fondo del aula (F5)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language is set by your school</source>
        <translation>El idioma lo fija tu centro educativo</translation>
    </message>
</context>
<context>
    <name>WholeNumberSpinBox</name>
    <message>
        <source>{label} takes a whole number between {low} and {high}.</source>
        <translation>{label} admite un número entero entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>f(z) = 1 if z &gt; 0, otherwise 0</source>
        <translation>f(z) = 1 si z &gt; 0; si no, 0</translation>
    </message>
    <message>
        <source>The function of the oldest neuron, the perceptron. It answers only yes (1) or no (0): any z above zero switches it on, and zero itself still counts as off. The jump gives no hint of how close z was to flipping, which is why networks that learn by gradients avoid it.</source>
        <translation>La función de la neurona más antigua, el perceptrón. Solo responde sí (1) o no (0): cualquier z mayor que cero la enciende, y el propio cero todavía cuenta como apagado. El salto no da ninguna pista de lo cerca que estuvo z de cambiar, y por eso las redes que aprenden mediante gradientes la evitan.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>f(z) = max(0, z)</source>
        <translation>f(z) = max(0, z)</translation>
    </message>
    <message>
        <source>Rectified linear unit. Negative sums are cut to zero and positive sums pass through unchanged. It is cheap to compute and trains well, so it is the usual first choice in deep networks; the bend at zero is what makes it more than a straight line.</source>
        <translation>Unidad lineal rectificada (rectified linear unit). Las sumas negativas se recortan a cero y las positivas pasan sin cambios. Es barata de calcular y entrena bien, por eso suele ser la primera opción en las redes profundas; el codo en cero es lo que la convierte en algo más que una línea recta.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>f(z) = 1 / (1 + e^(−z))</source>
        <translation>f(z) = 1 / (1 + e^(−z))</translation>
    </message>
    <message>
        <source>Also called the logistic function. It bends every z into the range from 0 to 1 along an S-shaped curve: very negative sums give almost 0, very positive sums almost 1, and z = 0 gives exactly one half. Its output can be read as a probability: how sure the neuron is that the answer is yes.</source>
        <translation>También se llama función logística. Lleva cada z al intervalo de 0 a 1 a lo largo de una curva en forma de S: las sumas muy negativas dan casi 0, las muy positivas casi 1, y z = 0 da exactamente un medio. Su salida se puede leer como una probabilidad: lo segura que está la neurona de que la respuesta es sí.</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>f(z) = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))</source>
        <translation>f(z) = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))</translation>
    </message>
    <message>
        <source>Hyperbolic tangent. The same S shape as the sigmoid, but stretched to run from −1 to 1 and centred on zero: very negative sums give almost −1, z = 0 gives 0.</source>
        <translation>Tangente hiperbólica. La misma forma de S que la sigmoide, pero estirada para ir de −1 a 1 y centrada en cero: las sumas muy negativas dan casi −1, y z = 0 da 0.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>f(z) = z</source>
        <translation>f(z) = z</translation>
    </message>
    <message>
        <source>No activation at all: the output is the weighted sum itself. Stacking neurons like this only ever gives another straight-line rule, however many layers there are; the bends of the other functions are what let a network learn curved patterns.</source>
        <translation>Ninguna activación: la salida es la propia suma ponderada. Apilar neuronas así solo da otra regla de línea recta, por muchas capas que haya; son los dobleces de las demás funciones los que permiten a una red aprender patrones curvos.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(z) = z if z ≥ 0, otherwise α·z</source>
        <translation>f(z) = z si z ≥ 0; si no, α·z</translation>
    </message>
    <message>
        <source>Like ReLU, but negative sums are not silenced completely: they are multiplied by a small slope α. A neuron whose sum stays negative still passes on a trickle, so learning can still move it; plain ReLU would be stuck at zero there.</source>
        <translation>Como ReLU, pero las sumas negativas no se silencian del todo: se multiplican por una pendiente pequeña α. Una neurona cuya suma sigue siendo negativa todavía deja pasar un hilito, así que el aprendizaje aún puede moverla; la ReLU simple se quedaría atascada en cero.</translation>
    </message>
    <message>
        <source>slope for negative z</source>
        <translation>pendiente para z negativo</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>f(z) = z if z &gt; 0, otherwise α·(e^z − 1)</source>
        <translation>f(z) = z si z &gt; 0; si no, α·(e^z − 1)</translation>
    </message>
    <message>
        <source>Exponential linear unit. Positive sums pass unchanged; negative sums curve smoothly down towards −α instead of being cut off, so the output can be a little negative and the curve has no sharp corner when α = 1.</source>
        <translation>Unidad lineal exponencial (exponential linear unit). Las sumas positivas pasan sin cambios; las negativas se curvan suavemente hacia −α en lugar de recortarse, así que la salida puede ser un poco negativa y, cuando α = 1, la curva no tiene ninguna esquina.</translation>
    </message>
    <message>
        <source>how far below zero the output can go</source>
        <translation>cuánto puede bajar la salida por debajo de cero</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>f(z) = ln(1 + e^z)</source>
        <translation>f(z) = ln(1 + e^z)</translation>
    </message>
    <message>
        <source>A rounded ReLU: almost zero for very negative sums, almost z itself for large ones, with a smooth bend between. It is never exactly zero, and its slope at every z is the sigmoid of z.</source>
        <translation>Una ReLU redondeada: casi cero para sumas muy negativas, casi la propia z para sumas grandes, con una curva suave entre medias. Nunca es exactamente cero, y su pendiente en cada z es la sigmoide de z.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>f(z) = z·Φ(z), Φ(z) = ½·(1 + erf(z/√2))</source>
        <translation>f(z) = z·Φ(z), Φ(z) = ½·(1 + erf(z/√2))</translation>
    </message>
    <message>
        <source>Gaussian error linear unit, used in many language models. Each sum is multiplied by a factor between 0 and 1 that grows smoothly with it: the share of a bell curve that lies left of the sum. Large sums pass almost whole, negative ones are mostly held back, and just below zero the output dips slightly negative.</source>
        <translation>Unidad lineal de error gaussiano (Gaussian error linear unit), usada en muchos modelos de lenguaje. Cada suma se multiplica por un factor entre 0 y 1 que crece suavemente con ella: la parte de una campana de Gauss que queda a la izquierda de la suma. Las sumas grandes pasan casi enteras, las negativas se frenan en su mayor parte, y justo por debajo de cero la salida se hunde un poco en los negativos.</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>f(z) = z·σ(z) = z / (1 + e^(−z))</source>
        <translation>f(z) = z·σ(z) = z / (1 + e^(−z))</translation>
    </message>
    <message>
        <source>Sigmoid linear unit, also called swish: z multiplied by its own sigmoid. It looks much like GELU: smooth everywhere, close to z for large sums, and with a small negative dip before it flattens out to zero.</source>
        <translation>Unidad lineal sigmoide (sigmoid linear unit), también llamada swish: z multiplicada por su propia sigmoide. Se parece mucho a GELU: suave en todas partes, cercana a z para sumas grandes y con una pequeña bajada negativa antes de aplanarse hacia cero.</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Sigmoide dura</translation>
    </message>
    <message>
        <source>f(z) = 0 if z ≤ −3, 1 if z ≥ 3, otherwise z/6 + 1/2</source>
        <translation>f(z) = 0 si z ≤ −3; 1 si z ≥ 3; si no, z/6 + 1/2</translation>
    </message>
    <message>
        <source>A sigmoid made of three straight pieces: flat at 0, a ramp from z = −3 to z = 3, flat at 1. It is cheaper than the real sigmoid, which matters on small devices, and crosses one half at z = 0 just as the sigmoid does.</source>
        <translation>Una sigmoide hecha de tres tramos rectos: plana en 0, una rampa de z = −3 a z = 3 y plana en 1. Es más barata de calcular que la sigmoide de verdad, lo que importa en dispositivos pequeños, y pasa por un medio en z = 0, igual que la sigmoide.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>AND</source>
        <translation>AND (Y)</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR (O)</translation>
    </message>
    <message>
        <source>NAND</source>
        <translation>NAND (NO-Y)</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR (O exclusivo)</translation>
    </message>
    <message>
        <source>AND is 1 only where both inputs are 1. A single straight cut puts that one corner apart from the other three, so one neuron can learn it.</source>
        <translation>AND vale 1 solo donde las dos entradas valen 1. Un único corte recto separa esa esquina de las otras tres, así que una neurona puede aprenderlo.</translation>
    </message>
    <message>
        <source>OR is 1 where at least one input is 1. Only the corner at the origin says 0, and a straight cut can fence it off, so one neuron can learn it.</source>
        <translation>OR vale 1 donde al menos una entrada vale 1. Solo la esquina del origen da 0, y un corte recto puede aislarla, así que una neurona puede aprenderlo.</translation>
    </message>
    <message>
        <source>NAND is the opposite of AND: 0 only where both inputs are 1. Flip the signs of an AND neuron&apos;s weights and bias and you are close to an answer.</source>
        <translation>NAND es lo contrario de AND: vale 0 solo donde las dos entradas valen 1. Cambia el signo de los pesos y del sesgo de una neurona AND y estarás cerca de la solución.</translation>
    </message>
    <message>
        <source>XOR is 1 where the two inputs differ: the two 1-corners sit diagonally opposite each other. Can one straight line keep them apart from the two 0-corners? Train, and see what happens.</source>
        <translation>XOR vale 1 donde las dos entradas son distintas: las dos esquinas con 1 están en diagonal. ¿Puede una sola recta separarlas de las dos esquinas con 0? Entrena y mira qué pasa.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: expected a number, got {value}</source>
        <translation>{path}: se esperaba un número, pero se encontró {value}</translation>
    </message>
    <message>
        <source>{path}: expected a finite number, got {value}</source>
        <translation>{path}: se esperaba un número finito, pero se encontró {value}</translation>
    </message>
    <message>
        <source>{path}: {value} is outside the allowed range {low} to {high}</source>
        <translation>{path}: {value} está fuera del rango permitido, de {low} a {high}</translation>
    </message>
    <message>
        <source>neuron: expected a Neuron, got {kind}</source>
        <translation>neuron: se esperaba un Neuron, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>training: expected true or false, got {value}</source>
        <translation>training: se esperaba true o false, pero se encontró {value}</translation>
    </message>
    <message>
        <source>this is a device or a pipe, not a scenario file</source>
        <translation>esto es un dispositivo o una tubería, no un archivo de escenario</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a scenario file</source>
        <translation>esto es una carpeta, no un archivo de escenario</translation>
    </message>
    <message>
        <source>the file cannot be read: {why}</source>
        <translation>no se puede leer el archivo: {why}</translation>
    </message>
    <message>
        <source>expected the text of a scenario file, got {kind}</source>
        <translation>se esperaba el texto de un archivo de escenario, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>the file is larger than {size} KB; a scenario is a few KB at most</source>
        <translation>el archivo ocupa más de {size} KB; un escenario ocupa unos pocos KB como mucho</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte} at offset {offset}); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 (byte {byte} en la posición {offset}); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>falta una coma</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>faltan los dos puntos</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de campo entre comillas dobles (¿sobra una coma?)</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>hay texto de más tras el final</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>un texto no se cierra con comillas dobles</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>un texto contiene un salto de línea o un tabulador; escríbelo como \n o \t</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({why})</source>
        <translation>línea {line}, columna {column}: JSON no válido ({why})</translation>
    </message>
    <message>
        <source>not valid JSON for a scenario: lists or objects nested too deep</source>
        <translation>JSON no válido para un escenario: listas u objetos anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>not valid JSON for a scenario: a number has far too many digits</source>
        <translation>JSON no válido para un escenario: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>(top level): expected a JSON object {{...}}, got {kind}</source>
        <translation>(nivel superior): se esperaba un objeto JSON {{...}}, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>format: missing; a Neuron GUI scenario starts with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>format: falta; un escenario de Neuron GUI empieza con &quot;format&quot;: &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>format: expected &quot;{format}&quot;, got {value}; this is not a Neuron GUI scenario</source>
        <translation>format: se esperaba &quot;{format}&quot;, pero se encontró {value}; esto no es un escenario de Neuron GUI</translation>
    </message>
    <message>
        <source>version: missing; this app writes &quot;version&quot;: {version}</source>
        <translation>version: falta; esta aplicación escribe &quot;version&quot;: {version}</translation>
    </message>
    <message>
        <source>version: expected a whole number such as {version}, got {value}</source>
        <translation>version: se esperaba un número entero como {version}, pero se encontró {value}</translation>
    </message>
    <message>
        <source>version: the file was made by a newer version of Neuron GUI (it is format version {version}; this one reads up to {newest}); update Neuron GUI to open it</source>
        <translation>version: el archivo se hizo con una versión más nueva de Neuron GUI (es la versión de formato {version}; esta lee hasta la {newest}); actualiza Neuron GUI para abrirlo</translation>
    </message>
    <message>
        <source>neuron.weights: expected one weight per input ({inputs}), got {weights}</source>
        <translation>neuron.weights: se esperaba un peso por entrada ({inputs}), pero hay {weights}</translation>
    </message>
    <message>
        <source>neuron.activation: expected a name such as &quot;relu&quot;, got {kind}</source>
        <translation>neuron.activation: se esperaba un nombre como &quot;relu&quot;, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>neuron.activation: unknown activation {name}; choose one of {names}</source>
        <translation>neuron.activation: función de activación desconocida {name}; elige una de {names}</translation>
    </message>
    <message>
        <source>neuron.params: expected an object {{...}}, got {kind}</source>
        <translation>neuron.params: se esperaba un objeto {{...}}, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>{path}: unknown field ({activation} takes no parameters)</source>
        <translation>{path}: campo desconocido ({activation} no tiene parámetros)</translation>
    </message>
    <message>
        <source>{path}: unknown field ({activation} takes {takes})</source>
        <translation>{path}: campo desconocido ({activation} admite {takes})</translation>
    </message>
    <message>
        <source>{path}: {value} is outside {low} to {high}</source>
        <translation>{path}: {value} está fuera del rango de {low} a {high}</translation>
    </message>
    <message>
        <source>translations: expected an object of languages, got {kind}</source>
        <translation>translations: se esperaba un objeto de idiomas, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>translations: {value} is not a two-letter language code such as &quot;es&quot;</source>
        <translation>translations: {value} no es un código de idioma de dos letras como &quot;es&quot;</translation>
    </message>
    <message>
        <source>{path}: expected a string, got {kind}</source>
        <translation>{path}: se esperaba un texto, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>{path}: {length} characters is too long; at most {limit}</source>
        <translation>{path}: {length} caracteres son demasiados; como mucho {limit}</translation>
    </message>
    <message>
        <source>{path}: character {number} is not a valid character</source>
        <translation>{path}: el carácter {number} no es un carácter válido</translation>
    </message>
    <message>
        <source>{path}: expected [smallest z, largest z] at least {span} apart, got [{low}, {high}]</source>
        <translation>{path}: se esperaba [z menor, z mayor] separados al menos {span}, pero hay [{low}, {high}]</translation>
    </message>
    <message>
        <source>dataset: give either a &quot;name&quot; or &quot;points&quot; with &quot;labels&quot;, not both</source>
        <translation>dataset: da un &quot;name&quot; o bien &quot;points&quot; con &quot;labels&quot;, no ambos</translation>
    </message>
    <message>
        <source>dataset.name: unknown data set {name}; choose one of {names}</source>
        <translation>dataset.name: conjunto de datos desconocido {name}; elige uno de {names}</translation>
    </message>
    <message>
        <source>dataset.{key}: missing; a data set is a &quot;name&quot;, or &quot;points&quot; with &quot;labels&quot;</source>
        <translation>dataset.{key}: falta; un conjunto de datos es un &quot;name&quot;, o &quot;points&quot; con &quot;labels&quot;</translation>
    </message>
    <message>
        <source>one label per point ({n})</source>
        <translation>una etiqueta por punto ({n})</translation>
    </message>
    <message>
        <source>dataset.labels[{i}]: expected 0 or 1, got {value}</source>
        <translation>dataset.labels[{i}]: se esperaba 0 o 1, pero se encontró {value}</translation>
    </message>
    <message>
        <source>dataset.points[{i}]: expected {n} numbers, as the first point has, got {count}</source>
        <translation>dataset.points[{i}]: se esperaban {n} números, como tiene el primer punto, pero hay {count}</translation>
    </message>
    <message>
        <source>dataset: its points have {n} coordinates, so the neuron needs {n} inputs; it has {inputs}</source>
        <translation>dataset: sus puntos tienen {n} coordenadas, así que la neurona necesita {n} entradas; tiene {inputs}</translation>
    </message>
    <message>
        <source>answer.weights: expected one weight per input of the neuron ({inputs}), got {weights}</source>
        <translation>answer.weights: se esperaba un peso por entrada de la neurona ({inputs}), pero hay {weights}</translation>
    </message>
    <message>
        <source>{path}: expected an object {{...}}, got {kind}</source>
        <translation>{path}: se esperaba un objeto {{...}}, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>{path}: unknown field (allowed here: {names})</source>
        <translation>{path}: campo desconocido (aquí se admiten: {names})</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}: falta</translation>
    </message>
    <message>
        <source>{path}: appears more than once</source>
        <translation>{path}: aparece más de una vez</translation>
    </message>
    <message>
        <source>{path}: expected a list [...], got {kind}</source>
        <translation>{path}: se esperaba una lista [...], pero se encontró {kind}</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} valores</translation>
    </message>
    <message>
        <source>{low} to {high} values</source>
        <translation>de {low} a {high} valores</translation>
    </message>
    <message>
        <source>{path}: expected {what}, got {count}</source>
        <translation>{path}: se esperaban {what}, pero se encontraron {count}</translation>
    </message>
    <message>
        <source>{path}: expected a number, got {kind} (write numbers without quotes and with a point: {number})</source>
        <translation>{path}: se esperaba un número, pero se encontró {kind} (escribe los números sin comillas y con punto: {number})</translation>
    </message>
    <message>
        <source>{path}: expected a number, got {kind}</source>
        <translation>{path}: se esperaba un número, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>{value} (true and false are not numbers)</source>
        <translation>{value} (true y false no son números)</translation>
    </message>
    <message>
        <source>the string {text}</source>
        <translation>el texto {text}</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>el número {number}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>expected a Scenario, got {kind}</source>
        <translation>se esperaba un Scenario, pero se encontró {kind}</translation>
    </message>
    <message>
        <source>cannot save {name}: it is a device or a pipe, not a file; save under another name</source>
        <translation>no se puede guardar {name}: es un dispositivo o una tubería, no un archivo; guarda con otro nombre</translation>
    </message>
    <message>
        <source>cannot save {name}: the file is read-only; save under another name, or in another folder</source>
        <translation>no se puede guardar {name}: el archivo es de solo lectura; guárdalo con otro nombre o en otra carpeta</translation>
    </message>
    <message>
        <source>cannot save {name}: the folder {folder} does not exist</source>
        <translation>no se puede guardar {name}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot save {name}: the folder {folder} cannot be written to; choose another folder</source>
        <translation>no se puede guardar {name}: no se puede escribir en la carpeta {folder}; elige otra carpeta</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}</source>
        <translation>no se puede guardar {name}: {why}</translation>
    </message>
    <message>
        <source>cannot save {name}: it is a folder</source>
        <translation>no se puede guardar {name}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}; the old file, if any, is unchanged</source>
        <translation>no se puede guardar {name}: {why}; el archivo anterior, si lo había, no ha cambiado</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>se ha superado la cuota de disco</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>error de lectura o escritura</translation>
    </message>
    <message>
        <source>this is not a name a file can have</source>
        <translation>ningún archivo puede llamarse así</translation>
    </message>
</context>
</TS>
