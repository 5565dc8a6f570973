<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivationPanel</name>
    <message>
        <source>Activation function</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>A&amp;ctivation</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>The function f that turns the weighted sum z into the output</source>
        <translation>Die Funktion f, die aus der gewichteten Summe z die Ausgabe macht</translation>
    </message>
    <message>
        <source>What the activation function does</source>
        <translation>Was die Aktivierungsfunktion tut</translation>
    </message>
    <message>
        <source>What the chosen function does, in plain words; scroll for more</source>
        <translation>Was die gewählte Funktion tut, in einfachen Worten; scrollen für mehr</translation>
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
        <translation>gewichtete Summe z</translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation>Ausgabe f(z)</translation>
    </message>
    <message>
        <source>Plot of the activation function</source>
        <translation>Graph der Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>The curve is the activation function; the dot is this neuron&apos;s z and output. Drag to pan, scroll to zoom.</source>
        <translation>Die Kurve ist die Aktivierungsfunktion; der Punkt zeigt z und die Ausgabe dieses Neurons. Ziehe, um die Ansicht zu verschieben, und scrolle, um zu zoomen.</translation>
    </message>
    <message>
        <source>slope f′(z)</source>
        <translation>Steigung f′(z)</translation>
    </message>
</context>
<context>
    <name>ContributionBars</name>
    <message>
        <source>contribution to z</source>
        <translation>Beitrag zu z</translation>
    </message>
    <message>
        <source>Contribution bars</source>
        <translation>Beitragsbalken</translation>
    </message>
    <message>
        <source>Each bar is one term of the weighted sum: blue pushes z up, orange pushes it down. The last bar is their total, z.</source>
        <translation>Jeder Balken ist ein Summand der gewichteten Summe: Blau erhöht z, Orange verringert z. Der letzte Balken ist ihre Summe, also z.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details were saved in:
{path}</source>
        <translation>Die Details wurden gespeichert in:
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved to a file.</source>
        <translation>Die Details konnten nicht in einer Datei gespeichert werden.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Neuron GUI met an error it did not expect. Your work is still here and you can carry on.</source>
        <translation>Neuron GUI ist auf einen unerwarteten Fehler gestoßen. Deine Arbeit ist noch da, und du kannst weitermachen.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>DecimalSpinBox</name>
    <message>
        <source>{label} takes at most {n} decimals, such as {example}.</source>
        <translation>{label} darf höchstens {n} Nachkommastellen haben, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>{label} takes a number such as {example}, between {low} and {high}.</source>
        <translation>{label} erwartet eine Zahl wie {example}, zwischen {low} und {high}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Plot as &amp;PNG image…</source>
        <translation>Graph als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>Save the plot as a picture, for slides and documents</source>
        <translation>Den Graphen als Bild speichern, für Folien und Dokumente</translation>
    </message>
    <message>
        <source>Plot as &amp;SVG drawing…</source>
        <translation>Graph als &amp;SVG-Grafik…</translation>
    </message>
    <message>
        <source>Save the plot as a drawing that stays sharp at any size</source>
        <translation>Den Graphen als Zeichnung speichern, die in jeder Größe scharf bleibt</translation>
    </message>
    <message>
        <source>Curve as &amp;CSV table…</source>
        <translation>Kurve als &amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <source>Save the points of the curve (z and f(z)) as a table for a spreadsheet</source>
        <translation>Die Punkte der Kurve (z und f(z)) als Tabelle für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Worksheet (PDF)…</source>
        <translation>&amp;Arbeitsblatt (PDF)…</translation>
    </message>
    <message>
        <source>A printable page: the task, the neuron&apos;s numbers and the formula with blanks to fill in</source>
        <translation>Eine Seite zum Ausdrucken: die Aufgabe, die Zahlen des Neurons und die Formel mit Lücken zum Ausfüllen</translation>
    </message>
    <message>
        <source>Copy &amp;readout</source>
        <translation>Rechnung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the written-out sum and output, to paste them elsewhere (Ctrl+Shift+C)</source>
        <translation>Die ausgeschriebene Summe und Ausgabe kopieren, um sie anderswo einzufügen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>The readout is on the clipboard.</source>
        <translation>Die Rechnung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>One neuron, worked out by hand</source>
        <translation>Ein Neuron, von Hand gerechnet</translation>
    </message>
    <message>
        <source>Made with {app} {version}</source>
        <translation>Erstellt mit {app} {version}</translation>
    </message>
    <message>
        <source>Name: ______________________________      Date: ______________</source>
        <translation>Name: ______________________________      Datum: ______________</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Use the numbers in the table to fill in the blanks below, then check your answer in Neuron GUI.</source>
        <translation>Fülle mit den Zahlen aus der Tabelle die Lücken unten aus und überprüfe dann deine Antwort in Neuron GUI.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>The neuron</source>
        <translation>Das Neuron</translation>
    </message>
    <message>
        <source>input {n}</source>
        <translation>Eingabe {n}</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>number i</source>
        <translation>Nummer i</translation>
    </message>
    <message>
        <source>input xᵢ</source>
        <translation>Eingabe xᵢ</translation>
    </message>
    <message>
        <source>weight wᵢ</source>
        <translation>Gewicht wᵢ</translation>
    </message>
    <message>
        <source>Work it out</source>
        <translation>Rechne es aus</translation>
    </message>
    <message>
        <source>output = f({blank}) = {blank}</source>
        <translation>Ausgabe = f({blank}) = {blank}</translation>
    </message>
    <message>
        <source>Each term is a weight times its input; then add the bias.</source>
        <translation>Jeder Summand ist ein Gewicht mal seine Eingabe; addiere dann den Bias.</translation>
    </message>
    <message>
        <source>The activation function</source>
        <translation>Die Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Activation: {name}, {formula}</source>
        <translation>Aktivierungsfunktion: {name}, {formula}</translation>
    </message>
    <message>
        <source>Could not export {name}.</source>
        <translation>{name} konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} wurde exportiert.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>the image could not be encoded as {kind}</source>
        <translation>das Bild konnte nicht als {kind} kodiert werden</translation>
    </message>
</context>
<context>
    <name>InputSpace</name>
    <message>
        <source>Hori&amp;zontal</source>
        <translation>Hori&amp;zontal</translation>
    </message>
    <message>
        <source>Ver&amp;tical</source>
        <translation>&amp;Vertikal</translation>
    </message>
    <message>
        <source>Input on the horizontal axis</source>
        <translation>Eingabe auf der horizontalen Achse</translation>
    </message>
    <message>
        <source>Input on the vertical axis</source>
        <translation>Eingabe auf der vertikalen Achse</translation>
    </message>
    <message>
        <source>Which input runs along this axis; the other inputs keep their values</source>
        <translation>Welche Eingabe entlang dieser Achse läuft; die anderen Eingaben behalten ihre Werte</translation>
    </message>
    <message>
        <source>The line lies outside this view:
zoom out or drag the plane to see it.</source>
        <translation>Die Gerade liegt außerhalb der Ansicht:
zoome heraus oder verschiebe die Ebene.</translation>
    </message>
    <message>
        <source>Fit view</source>
        <translation>Ansicht anpassen</translation>
    </message>
    <message>
        <source>Fit the view to the points</source>
        <translation>Die Ansicht an die Punkte anpassen</translation>
    </message>
    <message>
        <source>Show the unit square, every point and the current input again</source>
        <translation>Das Einheitsquadrat, alle Punkte und die aktuelle Eingabe wieder zeigen</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Eingaberaum</translation>
    </message>
    <message>
        <source>The colour is the neuron&apos;s output for every pair of these two inputs; the line is where its answer changes, and the output grows towards the side the weights point to. Drag the ringed cross to move the input. Click to add a point, Shift+click or right-click for the other class, click a point to remove it. Drag the background to pan, scroll to zoom.</source>
        <translation>Die Farbe ist die Ausgabe des Neurons für jedes Wertepaar dieser beiden Eingaben; die Gerade zeigt, wo sich seine Antwort ändert, und die Ausgabe wächst zu der Seite hin, in die die Gewichte zeigen. Ziehe das umringte Kreuz, um die Eingabe zu verschieben. Klicke, um einen Punkt zu setzen, Umschalt+Klick oder Rechtsklick für die andere Klasse, klicke auf einen Punkt, um ihn zu entfernen. Ziehe den Hintergrund, um die Ansicht zu verschieben, und scrolle, um zu zoomen.</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Was die Zeichen bedeuten</translation>
    </message>
    <message>
        <source>This view needs at least two inputs: it draws the output over a plane, with one input along each side. This neuron has one input, so its whole story is the curve of the activation function. Add a second input to see the plane.</source>
        <translation>Diese Ansicht braucht mindestens zwei Eingaben: Sie zeichnet die Ausgabe über einer Ebene, mit einer Eingabe entlang jeder Seite. Dieses Neuron hat eine Eingabe, also zeigt schon die Kurve der Aktivierungsfunktion alles, was es tut. Füge eine zweite Eingabe hinzu, um die Ebene zu sehen.</translation>
    </message>
    <message>
        <source>Add input x₂</source>
        <translation>Eingabe x₂ hinzufügen</translation>
    </message>
    <message>
        <source>Add a second input</source>
        <translation>Eine zweite Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Give the neuron a second input x₂ with weight 0</source>
        <translation>Dem Neuron eine zweite Eingabe x₂ mit Gewicht 0 geben</translation>
    </message>
    <message>
        <source>{name} never passes {middle}, so it gives the same answer everywhere.</source>
        <translation>{name} überschreitet den Wert {middle} nie, daher gibt es überall dieselbe Antwort.</translation>
    </message>
    <message>
        <source>The weights of {xa} and {xb} are both 0, so z, and with it the output, is the same everywhere in this plane: there is no line.</source>
        <translation>Die Gewichte von {xa} und {xb} sind beide 0, also sind z und damit auch die Ausgabe überall in dieser Ebene gleich: Es gibt keine Gerade.</translation>
    </message>
    <message>
        <source>Line: z = {z} = 0, where {name} jumps from {low} to {high}; on the line itself it still gives {low}.</source>
        <translation>Gerade: z = {z} = 0, wo {name} von {low} auf {high} springt; auf der Geraden selbst gibt sie noch {low}.</translation>
    </message>
    <message>
        <source>Line: z = {z} = 0, where {name} gives {middle}, halfway between {low} and {high}.</source>
        <translation>Gerade: z = {z} = 0, wo {name} den Wert {middle} ergibt, genau in der Mitte zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>Line: z = {z} = {level}, not 0: there {name} reaches {middle}, halfway between the {low} and {high} that training aims at.</source>
        <translation>Gerade: z = {z} = {level}, nicht 0: Dort erreicht {name} den Wert {middle}, genau in der Mitte zwischen den Zielwerten {low} und {high} des Trainings.</translation>
    </message>
    <message>
        <source>Held at their current values: {held}.</source>
        <translation>Auf ihren aktuellen Werten festgehalten: {held}.</translation>
    </message>
    <message>
        <source>The other {n} inputs are held at the values in the form.</source>
        <translation>Die anderen {n} Eingaben bleiben auf den Werten im Formular.</translation>
    </message>
    <message>
        <source>move input point ({xa}, {xb})</source>
        <translation>Verschieben des Eingabepunkts ({xa}, {xb})</translation>
    </message>
    <message>
        <source>No point out here: points stay between −{limit} and {limit}, as the inputs do.</source>
        <translation>Hier kein Punkt: Punkte liegen zwischen −{limit} und {limit}, wie die Eingaben.</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>Klasse 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>Klasse 1</translation>
    </message>
    <message>
        <source>on the wrong side</source>
        <translation>auf der falschen Seite</translation>
    </message>
    <message>
        <source>the input: drag it</source>
        <translation>die Eingabe: zieh sie</translation>
    </message>
</context>
<context>
    <name>InputsForm</name>
    <message>
        <source>Input x{n}</source>
        <translation>Eingabe x{n}</translation>
    </message>
    <message>
        <source>Weight w{n}</source>
        <translation>Gewicht w{n}</translation>
    </message>
    <message>
        <source>Remove input {n}</source>
        <translation>Eingabe {n} entfernen</translation>
    </message>
    <message>
        <source>Remove input x{n} and its weight</source>
        <translation>Eingabe x{n} und ihr Gewicht entfernen</translation>
    </message>
    <message>
        <source>Inputs and weights</source>
        <translation>Eingaben und Gewichte</translation>
    </message>
    <message>
        <source>List of inputs and their weights</source>
        <translation>Liste der Eingaben und ihrer Gewichte</translation>
    </message>
    <message>
        <source>Input xᵢ</source>
        <translation>Eingabe xᵢ</translation>
    </message>
    <message>
        <source>Weight wᵢ</source>
        <translation>Gewicht wᵢ</translation>
    </message>
    <message>
        <source>Add &amp;input</source>
        <translation>&amp;Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Add one more input x with its weight w (up to {n})</source>
        <translation>Eine weitere Eingabe x mit ihrem Gewicht w hinzufügen (bis zu {n})</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>B&amp;ias</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>A neuron here takes at most {n} inputs.</source>
        <translation>Ein Neuron hat hier höchstens {n} Eingaben.</translation>
    </message>
    <message>
        <source>A neuron needs at least one input.</source>
        <translation>Ein Neuron braucht mindestens eine Eingabe.</translation>
    </message>
    <message>
        <source>Inputs: {n} of {max}</source>
        <translation>Eingaben: {n} von {max}</translation>
    </message>
    <message>
        <source>{n} of at most {max} inputs</source>
        <translation>{n} von höchstens {max} Eingaben</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorherigen Bedienelement wechseln</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pfeil hoch, Pfeil runter</translation>
    </message>
    <message>
        <source>Change the number in a field by one step</source>
        <translation>Die Zahl in einem Feld um einen Schritt ändern</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Bild aufwärts, Bild abwärts</translation>
    </message>
    <message>
        <source>Move a slider by a big step</source>
        <translation>Einen Schieberegler um einen großen Schritt bewegen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Jump to that control or menu</source>
        <translation>Zu diesem Bedienelement oder Menü springen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Finish typing a number (one undo step)</source>
        <translation>Eingabe einer Zahl abschließen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>LearningDock</name>
    <message>
        <source>Input space and learning</source>
        <translation>Eingaberaum und Lernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the input space and learning ({keys} opens them again)</source>
        <translation>Eingaberaum und Lernen schließen ({keys} öffnet sie wieder)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Put the input space and learning in a window of their own, or back</source>
        <translation>Eingaberaum und Lernen in ein eigenes Fenster lösen oder zurückholen</translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>Points to learn</source>
        <translation>Zu lernende Punkte</translation>
    </message>
    <message>
        <source>Point&amp;s</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>A truth table on the corners of the unit square, or points of your own</source>
        <translation>Eine Wahrheitstabelle auf den Ecken des Einheitsquadrats oder eigene Punkte</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>Eigene Punkte</translation>
    </message>
    <message>
        <source>class &amp;{n}</source>
        <translation>Klasse &amp;{n}</translation>
    </message>
    <message>
        <source>A click in the plane adds a point of class {n}; Shift+click or right-click adds one of class {other}</source>
        <translation>Ein Klick in die Ebene setzt einen Punkt der Klasse {n}; Umschalt+Klick oder Rechtsklick setzt einen der Klasse {other}</translation>
    </message>
    <message>
        <source>Point at input</source>
        <translation>Punkt an der Eingabe</translation>
    </message>
    <message>
        <source>Add a point of the chosen class where the input point is, or remove the point that is already there: the keyboard&apos;s way to place points (move the input with the x fields)</source>
        <translation>Einen Punkt der gewählten Klasse dort setzen, wo der Eingabepunkt liegt, oder den Punkt entfernen, der schon dort ist: So setzt du Punkte mit der Tastatur (verschiebe die Eingabe mit den x-Feldern)</translation>
    </message>
    <message>
        <source>Clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <source>Remove every point of your own</source>
        <translation>Alle eigenen Punkte entfernen</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>Learning rule</source>
        <translation>Lernregel</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How big a step each correction takes: too small and learning crawls, too big and the line jumps past where it should go</source>
        <translation>Wie groß jeder Korrekturschritt ist: Ist er zu klein, kommt das Lernen kaum voran; ist er zu groß, springt die Gerade über die richtige Stelle hinaus</translation>
    </message>
    <message>
        <source>Start &amp;weights</source>
        <translation>&amp;Startgewichte</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>Where the weights and bias begin: small random numbers from the seed, all zero, or whatever they are now</source>
        <translation>Womit Gewichte und Bias beginnen: kleine Zufallszahlen aus dem Startwert, alle null oder ihre jetzigen Werte</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>keep current</source>
        <translation>aktuelle behalten</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert für den Zufall</translation>
    </message>
    <message>
        <source>The same seed gives the same random start and the same order of points, so a run can be repeated exactly</source>
        <translation>Derselbe Startwert ergibt denselben zufälligen Start und dieselbe Reihenfolge der Punkte, so lässt sich ein Durchlauf genau wiederholen</translation>
    </message>
    <message>
        <source>&amp;Max. epochs</source>
        <translation>&amp;Max. Epochen</translation>
    </message>
    <message>
        <source>Maximum number of epochs</source>
        <translation>Höchstzahl an Epochen</translation>
    </message>
    <message>
        <source>Training stops when every point is on its side of the line, or after this many epochs (passes over all the points)</source>
        <translation>Das Training endet, wenn jeder Punkt auf seiner Seite der Geraden liegt, oder nach so vielen Epochen (Durchgängen durch alle Punkte)</translation>
    </message>
    <message>
        <source>Stop once every point is on its side</source>
        <translation>Anhalten, sobald jeder Punkt auf seiner Seite liegt</translation>
    </message>
    <message>
        <source>Untick to train on to the maximum number of epochs: the loss keeps falling and the outputs move away from the middle, as the neuron grows more sure of its answers. Gradient descent only: the perceptron rule changes nothing once every point is right</source>
        <translation>Abwählen, um bis zur höchsten Zahl von Epochen weiterzutrainieren: Der Verlust sinkt weiter und die Ausgaben entfernen sich von der Mitte, während das Neuron sich seiner Antworten sicherer wird. Nur beim Gradientenabstieg: Die Perzeptron-Lernregel ändert nichts mehr, sobald jeder Punkt richtig liegt</translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation>Eine Ep&amp;oche</translation>
    </message>
    <message>
        <source>Train for one epoch: one pass over all the points</source>
        <translation>Eine Epoche lang trainieren: ein Durchgang durch alle Punkte</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Z&amp;urücksetzen</translation>
    </message>
    <message>
        <source>Stop, and put back the weights and bias the neuron had before this run</source>
        <translation>Anhalten und die Gewichte und den Bias wiederherstellen, die das Neuron vor diesem Durchlauf hatte</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
    <message>
        <source>How many epochs play shows each second</source>
        <translation>Wie viele Epochen pro Sekunde „Start“ zeigt</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>Trainingsergebnis</translation>
    </message>
    <message>
        <source>Use exactly two inputs</source>
        <translation>Genau zwei Eingaben verwenden</translation>
    </message>
    <message>
        <source>choose the points to learn</source>
        <translation>Wahl der zu lernenden Punkte</translation>
    </message>
    <message>
        <source>At most {n} points can be learned at once.</source>
        <translation>Höchstens {n} Punkte können auf einmal gelernt werden.</translation>
    </message>
    <message>
        <source>add a point</source>
        <translation>Hinzufügen eines Punkts</translation>
    </message>
    <message>
        <source>remove a point</source>
        <translation>Entfernen eines Punkts</translation>
    </message>
    <message>
        <source>clear the points</source>
        <translation>Löschen der Punkte</translation>
    </message>
    <message>
        <source>Removed the point at ({where}).</source>
        <translation>Der Punkt bei ({where}) wurde entfernt.</translation>
    </message>
    <message>
        <source>Added a point of class {n} at ({where}).</source>
        <translation>Ein Punkt der Klasse {n} wurde bei ({where}) gesetzt.</translation>
    </message>
    <message>
        <source>Points to learn from lie in the plane of two inputs; this neuron has one.</source>
        <translation>Punkte zum Lernen liegen in der Ebene zweier Eingaben; dieses Neuron hat eine.</translation>
    </message>
    <message>
        <source>Click in the plane to add a point of the chosen class; Shift+click or right-click adds the other class, and a click on a point removes it.</source>
        <translation>Klicke in die Ebene, um einen Punkt der gewählten Klasse zu setzen; Umschalt+Klick oder Rechtsklick setzt die andere Klasse, und ein Klick auf einen Punkt entfernt ihn.</translation>
    </message>
    <message>
        <source>{n} points so far.</source>
        <translation>Bisher {n} Punkte.</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Perzeptron-Lernregel</translation>
    </message>
    <message>
        <source>Step answers only 0 or 1 and its slope is 0 wherever it has one, so gradient descent could never move its weights. The perceptron rule is used instead: for each point it gets wrong, it moves the weights and bias towards the right answer.</source>
        <translation>Die Sprungfunktion antwortet nur mit 0 oder 1, und ihre Steigung ist 0, wo immer sie eine hat; daher könnte der Gradientenabstieg die Gewichte nie bewegen. Stattdessen wird die Perzeptron-Lernregel verwendet: Für jeden Punkt, der falsch eingeordnet ist, verschiebt sie die Gewichte und den Bias in Richtung der richtigen Antwort.</translation>
    </message>
    <message>
        <source>Gradient descent, squared error</source>
        <translation>Gradientenabstieg, quadratischer Fehler</translation>
    </message>
    <message>
        <source>Gradient descent, cross-entropy</source>
        <translation>Gradientenabstieg, Kreuzentropie</translation>
    </message>
    <message>
        <source>Gradient descent moves the weights a little downhill on the loss after each epoch. Cross-entropy is offered because a sigmoid&apos;s output can be read as a probability. The perceptron rule is not: it needs the yes-or-no step function.</source>
        <translation>Der Gradientenabstieg bewegt die Gewichte nach jeder Epoche ein kleines Stück bergab auf dem Verlust. Kreuzentropie wird angeboten, weil sich die Ausgabe einer Sigmoidfunktion als Wahrscheinlichkeit lesen lässt. Die Perzeptron-Lernregel nicht: Sie braucht die Sprungfunktion, die nur Ja oder Nein sagt.</translation>
    </message>
    <message>
        <source>Gradient descent moves the weights a little downhill on the loss after each epoch. The perceptron rule is not offered: it needs the yes-or-no step function. Cross-entropy is offered only for sigmoid, whose output can be read as a probability.</source>
        <translation>Der Gradientenabstieg bewegt die Gewichte nach jeder Epoche ein kleines Stück bergab auf dem Verlust. Die Perzeptron-Lernregel wird nicht angeboten: Sie braucht die Sprungfunktion, die nur Ja oder Nein sagt. Kreuzentropie gibt es nur für die Sigmoidfunktion, deren Ausgabe sich als Wahrscheinlichkeit lesen lässt.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>mean of ½·(output − target)²</source>
        <translation>Mittelwert von ½·(Ausgabe − Ziel)²</translation>
    </message>
    <message>
        <source>{n} epoch/s</source>
        <translation>{n} Epoche/s</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} Epochen/s</translation>
    </message>
    <message>
        <source>Training here needs a neuron with exactly two inputs, one along each side of the plane: then nothing off the picture adds to z, and the line you see is the whole rule the neuron learns. This neuron has {n}.</source>
        <translation>Das Training braucht hier ein Neuron mit genau zwei Eingaben, eine entlang jeder Seite der Ebene: Dann trägt nichts außerhalb des Bildes zu z bei, und die Gerade, die du siehst, ist die ganze Regel, die das Neuron lernt. Dieses Neuron hat {n}.</translation>
    </message>
    <message>
        <source>Add input x₂</source>
        <translation>Eingabe x₂ hinzufügen</translation>
    </message>
    <message>
        <source>Give the neuron a second input, weight 0</source>
        <translation>Dem Neuron eine zweite Eingabe geben, mit Gewicht 0</translation>
    </message>
    <message>
        <source>Keep only {xa} and {xb}</source>
        <translation>Nur {xa} und {xb} behalten</translation>
    </message>
    <message>
        <source>Remove the inputs that are not on an axis (one undo step)</source>
        <translation>Die Eingaben entfernen, die auf keiner Achse liegen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>keep only {xa} and {xb}</source>
        <translation>Beschränkung auf {xa} und {xb}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Stop after the epoch on screen</source>
        <translation>Nach der angezeigten Epoche anhalten</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Star&amp;t</translation>
    </message>
    <message>
        <source>Train epoch after epoch at the chosen speed, until every point is on its side or the maximum is reached</source>
        <translation>Epoche um Epoche im gewählten Tempo trainieren, bis jeder Punkt auf seiner Seite liegt oder das Maximum erreicht ist</translation>
    </message>
    <message>
        <source>Training needs a neuron with exactly two inputs.</source>
        <translation>Das Training braucht ein Neuron mit genau zwei Eingaben.</translation>
    </message>
    <message>
        <source>train the neuron</source>
        <translation>Training des Neurons</translation>
    </message>
    <message>
        <source>reset training</source>
        <translation>Zurücksetzen des Trainings</translation>
    </message>
    <message>
        <source>No points to learn from yet: click in the plane to add some, or choose a truth table under Points.</source>
        <translation>Noch keine Punkte zum Lernen: Klicke in die Ebene, um welche hinzuzufügen, oder wähle unter Punkte eine Wahrheitstabelle.</translation>
    </message>
    <message>
        <source>Learning is off in this lesson: find the answer yourself. A ring marks a point on the wrong side of the line; once no point is ringed, you have found it.</source>
        <translation>In dieser Lektion ist das Lernen ausgeschaltet: Finde die Lösung selbst. Ein Ring markiert jeden Punkt auf der falschen Seite der Geraden; sobald kein Punkt mehr einen Ring hat, hast du es geschafft.</translation>
    </message>
    <message>
        <source>Epoch 0: no run under way</source>
        <translation>Epoche 0: kein Durchlauf im Gang</translation>
    </message>
    <message>
        <source>Epoch {epoch} · loss {loss} ({kind}) · {wrong} of {n} points on the wrong side</source>
        <translation>Epoche {epoch} · Verlust {loss} ({kind}) · {wrong} von {n} Punkten auf der falschen Seite</translation>
    </message>
    <message>
        <source>A new run, starting from the weights and bias the last one ended with.</source>
        <translation>Ein neuer Durchlauf, ausgehend von den Gewichten und dem Bias, mit denen der letzte endete.</translation>
    </message>
    <message>
        <source>The start changed: the next epoch starts a new run from it.</source>
        <translation>Der Start hat sich geändert: Die nächste Epoche beginnt damit einen neuen Durchlauf.</translation>
    </message>
    <message>
        <source>The settings changed: the next epoch starts a new run with them, from the weights and bias shown.</source>
        <translation>Die Einstellungen haben sich geändert: Die nächste Epoche beginnt damit einen neuen Durchlauf, ausgehend von den gezeigten Gewichten und dem Bias.</translation>
    </message>
    <message>
        <source>{n} epoch</source>
        <translation>{n} Epoche</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} Epochen</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkten</translation>
    </message>
    <message>
        <source>Learned: after {epochs} every point is on its own side of the line.</source>
        <translation>Gelernt: Nach {epochs} liegt jeder Punkt auf seiner Seite der Geraden.</translation>
    </message>
    <message>
        <source>Stopped after {epochs} with {wrong} still on the wrong side.</source>
        <translation>Nach {epochs} angehalten, mit {wrong} noch auf der falschen Seite.</translation>
    </message>
    <message>
        <source>More epochs would not help: no straight line can split these points into their two classes. One neuron can only ever split the plane with a straight line, because its answer changes where w₁·x₁ + w₂·x₂ + b reaches one fixed value, and the points where such a sum is constant always lie on a straight line. Telling these points apart takes more than one neuron: a layer of them feeding another.</source>
        <translation>Mehr Epochen würden nicht helfen: Keine Gerade kann diese Punkte in ihre zwei Klassen trennen. Ein einzelnes Neuron kann die Ebene immer nur mit einer Geraden teilen, denn seine Antwort ändert sich dort, wo w₁·x₁ + w₂·x₂ + b einen festen Wert erreicht, und die Punkte, an denen eine solche Summe konstant ist, liegen immer auf einer Geraden. Um diese Punkte zu unterscheiden, braucht es mehr als ein Neuron: eine Schicht von Neuronen, die eine weitere speist.</translation>
    </message>
    <message>
        <source>The weights have not moved at all: the slope of the activation is 0 at every point, so the gradient is 0, and more epochs would not change that. For ReLU that happens when z is 0 or below at every point; a random start or a positive bias gets it going.</source>
        <translation>Die Gewichte haben sich gar nicht bewegt: Die Steigung der Aktivierung ist an jedem Punkt 0, also ist der Gradient 0, und mehr Epochen würden daran nichts ändern. Bei ReLU geschieht das, wenn z an jedem Punkt 0 oder kleiner ist; ein zufälliger Start oder ein positiver Bias bringt es in Gang.</translation>
    </message>
    <message>
        <source>A straight line that splits these points does exist, so training can still find it: allow more epochs, or try another learning rate or start.</source>
        <translation>Eine Gerade, die diese Punkte trennt, gibt es aber, also kann das Training sie noch finden: Erlaube mehr Epochen oder probiere eine andere Lernrate oder einen anderen Start.</translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Choose a lesson; Enter opens it:</source>
        <translation>&amp;Wähle eine Lektion; Enter öffnet sie:</translation>
    </message>
    <message>
        <source>Choose a lesson; Enter opens it</source>
        <translation>Wähle eine Lektion; Enter öffnet sie</translation>
    </message>
    <message>
        <source>What the lesson asks</source>
        <translation>Was die Lektion verlangt</translation>
    </message>
    <message>
        <source>The task and the question of the selected lesson</source>
        <translation>Aufgabe und Frage der gewählten Lektion</translation>
    </message>
    <message>
        <source>Open the selected lesson</source>
        <translation>Die gewählte Lektion öffnen</translation>
    </message>
    <message>
        <source>Close this list and keep the neuron as it is</source>
        <translation>Diese Liste schließen und das Neuron so lassen, wie es ist</translation>
    </message>
    <message>
        <source>{name} (cannot be read)</source>
        <translation>{name} (nicht lesbar)</translation>
    </message>
    <message>
        <source>{task}

Question: {question}</source>
        <translation>{task}

Frage: {question}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>The loss after every epoch so far: how far the outputs are from the targets. It falls as the neuron learns.</source>
        <translation>Der Verlust nach jeder bisherigen Epoche: wie weit die Ausgaben von den Zielwerten entfernt sind. Er sinkt, während das Neuron lernt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Neuron</source>
        <translation>&amp;Neuron</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>A&amp;ktivierung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add input</source>
        <translation>&amp;Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove last input</source>
        <translation>&amp;Letzte Eingabe entfernen</translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation>&amp;Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the starting inputs, weights, bias and activation</source>
        <translation>Die anfänglichen Eingaben, Gewichte, den Bias und die Aktivierungsfunktion wiederherstellen</translation>
    </message>
    <message>
        <source>Reset plot &amp;view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the curve around zero again, and the whole input space with its points (Ctrl+Home)</source>
        <translation>Die Kurve wieder um null zeigen, und den ganzen Eingaberaum mit seinen Punkten (Strg+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Slope and tangent</source>
        <translation>S&amp;teigung und Tangente</translation>
    </message>
    <message>
        <source>Show the derivative f′(z) as a dotted curve and the tangent line at the point (Ctrl+D)</source>
        <translation>Die Ableitung f′(z) als gepunktete Kurve und die Tangente im Punkt zeigen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Contribution bars</source>
        <translation>&amp;Beitragsbalken</translation>
    </message>
    <message>
        <source>Show how much each input and the bias add to the weighted sum (Ctrl+B)</source>
        <translation>Zeigen, wie viel jede Eingabe und der Bias zur gewichteten Summe beitragen (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Input space and learning</source>
        <translation>&amp;Eingaberaum und Lernen</translation>
    </message>
    <message>
        <source>Show the output over the plane of two inputs, and teach the neuron to split labelled points (Ctrl+L)</source>
        <translation>Die Ausgabe über der Ebene zweier Eingaben zeigen und dem Neuron beibringen, markierte Punkte zu trennen (Strg+L)</translation>
    </message>
    <message>
        <source>C&amp;ompare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare with other activation functions</source>
        <translation>Mit anderen Aktivierungsfunktionen vergleichen</translation>
    </message>
    <message>
        <source>Draw other activation functions on the same axes, each with its own point</source>
        <translation>Andere Aktivierungsfunktionen in dasselbe Koordinatensystem zeichnen, jede mit ihrem eigenen Punkt</translation>
    </message>
    <message>
        <source>Compare with &amp;all</source>
        <translation>Mit &amp;allen vergleichen</translation>
    </message>
    <message>
        <source>Compare with &amp;none</source>
        <translation>Mit &amp;keiner vergleichen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;About Neuron GUI</source>
        <translation>&amp;Über Neuron GUI</translation>
    </message>
    <message>
        <source>About Neuron GUI</source>
        <translation>Über Neuron GUI</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Neuron GUI {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Change the inputs, the weights and the bias of one artificial neuron, pick its activation function, and watch the weighted sum and the output follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neuron GUI {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ändere die Eingaben, die Gewichte und den Bias eines künstlichen Neurons, wähle seine Aktivierungsfunktion und beobachte, wie die gewichtete Summe und die Ausgabe folgen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NeuronModel</name>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>change input x{n}</source>
        <translation>Änderung von Eingabe x{n}</translation>
    </message>
    <message>
        <source>change weight w{n}</source>
        <translation>Änderung von Gewicht w{n}</translation>
    </message>
    <message>
        <source>change bias b</source>
        <translation>Änderung von Bias b</translation>
    </message>
    <message>
        <source>change parameter {name}</source>
        <translation>Änderung von Parameter {name}</translation>
    </message>
    <message>
        <source>choose activation</source>
        <translation>Wahl der Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>add input</source>
        <translation>Hinzufügen einer Eingabe</translation>
    </message>
    <message>
        <source>remove input x{n}</source>
        <translation>Entfernen von Eingabe x{n}</translation>
    </message>
    <message>
        <source>reset all</source>
        <translation>Zurücksetzen aller Werte</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{label} slider</source>
        <translation>Schieberegler für {label}</translation>
    </message>
    <message>
        <source>{label}: type a value, use the arrow keys, or drag the slider</source>
        <translation>{label}: Tippe einen Wert ein, nutze die Pfeiltasten oder ziehe den Schieberegler</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <source>What the neuron computes</source>
        <translation>Was das Neuron berechnet</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Gewichtete Summe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>no slope here: the curve jumps or has a corner</source>
        <translation>hier gibt es keine Steigung: Die Kurve springt oder hat einen Knick</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The field keeps {value}.</source>
        <translation>Das Feld behält {value}.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{label} is now {value}: a key it could not take was left out.</source>
        <translation>{label} ist jetzt {value}: Eine Taste, die das Feld nicht annimmt, wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{label} is back to {value}: the field held no number.</source>
        <translation>{label} ist wieder {value}: Im Feld stand keine Zahl.</translation>
    </message>
    <message>
        <source>{label} is back to {value}: {typed} is not between {low} and {high}.</source>
        <translation>{label} ist wieder {value}: {typed} liegt nicht zwischen {low} und {high}.</translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start again from the default neuron, with no lesson</source>
        <translation>Neu beginnen mit dem Standard-Neuron, ohne Lektion</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file (*.neuron.json)</source>
        <translation>Eine Szenario-Datei öffnen (*.neuron.json)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>Choose one of the lessons that come with Neuron GUI</source>
        <translation>Eine der Lektionen wählen, die Neuron GUI mitbringt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the neuron and its lesson to its file</source>
        <translation>Das Neuron und seine Lektion in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the neuron and its lesson to a new file</source>
        <translation>Das Neuron und seine Lektion in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Files opened or saved lately</source>
        <translation>Zuletzt geöffnete oder gespeicherte Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>{name}[*] — Neuron GUI</source>
        <translation>{name}[*] — Neuron GUI</translation>
    </message>
    <message>
        <source>Neuron GUI — how one neuron computes[*]</source>
        <translation>Neuron GUI — wie ein Neuron rechnet[*]</translation>
    </message>
    <message>
        <source>Could not open {name}.</source>
        <translation>{name} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”.</source>
        <translation>Die Lektion „{title}“ wurde geöffnet.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} wurde geöffnet.</translation>
    </message>
    <message>
        <source>Could not save {name}.</source>
        <translation>{name} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} wurde gespeichert.</translation>
    </message>
    <message>
        <source>the cases and the answer</source>
        <translation>die Fälle und die Lösung</translation>
    </message>
    <message>
        <source>the points and the answer</source>
        <translation>die Punkte und die Lösung</translation>
    </message>
    <message>
        <source>the cases</source>
        <translation>die Fälle</translation>
    </message>
    <message>
        <source>the points</source>
        <translation>die Punkte</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Lösung</translation>
    </message>
    <message>
        <source>Saved {name} without {parts}.</source>
        <translation>{name} wurde ohne {parts} gespeichert.</translation>
    </message>
    <message>
        <source>They are for {n} inputs, and the neuron now has {m}. With {n} inputs again, Save writes them back; until this window closes they are kept.</source>
        <translation>Sie gelten für {n} Eingaben, und das Neuron hat jetzt {m}. Sobald es wieder {n} Eingaben hat, schreibt „Speichern“ sie wieder in die Datei; bis dieses Fenster geschlossen wird, bleiben sie erhalten.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name} first?</source>
        <translation>Die Änderungen an {name} zuerst speichern?</translation>
    </message>
    <message>
        <source>Changes you do not save are lost.</source>
        <translation>Änderungen, die du nicht speicherst, gehen verloren.</translation>
    </message>
    <message>
        <source>this neuron</source>
        <translation>diesem Neuron</translation>
    </message>
    <message>
        <source>{name} is no longer there.</source>
        <translation>{name} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>It was moved, renamed or deleted: {path}
It has been taken off the list of recent files.</source>
        <translation>Die Datei wurde verschoben, umbenannt oder gelöscht: {path}
Sie wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Neuron scenarios (*.neuron.json)</source>
        <translation>Neuron-Szenarien (*.neuron.json)</translation>
    </message>
    <message>
        <source>All JSON files (*.json)</source>
        <translation>Alle JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Szenario speichern</translation>
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
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>What the open lesson asks you to do</source>
        <translation>Was die geöffnete Lektion von dir verlangt</translation>
    </message>
    <message>
        <source>Task and question</source>
        <translation>Aufgabe und Frage</translation>
    </message>
    <message>
        <source>What the open lesson asks you to do; scroll for more</source>
        <translation>Was die geöffnete Lektion von dir verlangt; scrolle für mehr</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Whether the neuron now gives each case of the task the answer it asks for</source>
        <translation>Ob das Neuron jetzt jedem Fall der Aufgabe die verlangte Antwort gibt</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>Frage: {text}</translation>
    </message>
    <message>
        <source>Nothing to check while the number of inputs differs from the task&apos;s ({n}).</source>
        <translation>Nichts zu prüfen, solange die Zahl der Eingaben von der der Aufgabe ({n}) abweicht.</translation>
    </message>
    <message>
        <source>✓ Solved: every case of the task gets the answer it asks for.</source>
        <translation>✓ Gelöst: Jeder Fall der Aufgabe bekommt die verlangte Antwort.</translation>
    </message>
    <message>
        <source>Right for {right} of {n} cases.</source>
        <translation>Richtig in {right} von {n} Fällen.</translation>
    </message>
    <message>
        <source>Not yet: {wrong} of {n} cases get the other answer.</source>
        <translation>Noch nicht: {wrong} von {n} Fällen bekommen die andere Antwort.</translation>
    </message>
    <message>
        <source>Not yet right for {cases}.</source>
        <translation>Noch nicht richtig für {cases}.</translation>
    </message>
    <message>
        <source>An output above {middle} counts as 1.</source>
        <translation>Eine Ausgabe über {middle} zählt als 1.</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Zoom in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Bea&amp;mer-Modus</translation>
    </message>
    <message>
        <source>Make all text, lines and points much larger, for the back of the classroom (F5)</source>
        <translation>Alle Texte, Linien und Punkte viel größer machen, damit man sie auch hinten im Klassenzimmer sieht (F5)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language is set by your school</source>
        <translation>Die Sprache wird von deiner Schule festgelegt</translation>
    </message>
</context>
<context>
    <name>WholeNumberSpinBox</name>
    <message>
        <source>{label} takes a whole number between {low} and {high}.</source>
        <translation>{label} nimmt eine ganze Zahl zwischen {low} und {high}.</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>Step</source>
        <translation>Sprung</translation>
    </message>
    <message>
        <source>f(z) = 1 if z &gt; 0, otherwise 0</source>
        <translation>f(z) = 1, wenn z &gt; 0, sonst 0</translation>
    </message>
    <message>
        <source>The function of the oldest neuron, the perceptron. It answers only yes (1) or no (0): any z above zero switches it on, and zero itself still counts as off. The jump gives no hint of how close z was to flipping, which is why networks that learn by gradients avoid it.</source>
        <translation>Die Funktion des ältesten Neurons, des Perzeptrons. Sie antwortet nur mit Ja (1) oder Nein (0): Jedes z über null schaltet sie ein, und null selbst zählt noch als aus. Der Sprung verrät nicht, wie knapp z vor dem Umschalten war; deshalb meiden Netze, die mit Gradienten lernen, diese Funktion.</translation>
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
        <translation>Rectified Linear Unit (gleichgerichtete lineare Einheit). Negative Summen werden auf null abgeschnitten, positive Summen gehen unverändert durch. Sie ist schnell berechnet und lässt sich gut trainieren, darum ist sie in tiefen Netzen meist die erste Wahl; erst der Knick bei null macht sie zu mehr als einer Geraden.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>f(z) = 1 / (1 + e^(−z))</source>
        <translation>f(z) = 1 / (1 + e^(−z))</translation>
    </message>
    <message>
        <source>Also called the logistic function. It bends every z into the range from 0 to 1 along an S-shaped curve: very negative sums give almost 0, very positive sums almost 1, and z = 0 gives exactly one half. Its output can be read as a probability: how sure the neuron is that the answer is yes.</source>
        <translation>Auch logistische Funktion genannt. Sie biegt jedes z entlang einer S-förmigen Kurve in den Bereich von 0 bis 1: Sehr negative Summen ergeben fast 0, sehr positive fast 1, und z = 0 ergibt genau 0,5. Ihre Ausgabe lässt sich als Wahrscheinlichkeit lesen: wie sicher das Neuron ist, dass die Antwort Ja lautet.</translation>
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
        <translation>Tangens hyperbolicus. Dieselbe S-Form wie die Sigmoidfunktion, aber so gestreckt, dass sie von −1 bis 1 läuft, und um null zentriert: Sehr negative Summen ergeben fast −1, z = 0 ergibt 0.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>f(z) = z</source>
        <translation>f(z) = z</translation>
    </message>
    <message>
        <source>No activation at all: the output is the weighted sum itself. Stacking neurons like this only ever gives another straight-line rule, however many layers there are; the bends of the other functions are what let a network learn curved patterns.</source>
        <translation>Gar keine Aktivierung: Die Ausgabe ist die gewichtete Summe selbst. Stapelt man solche Neuronen, ergibt sich immer nur wieder eine geradlinige Regel, egal wie viele Schichten es sind; erst die Knicke und Biegungen der anderen Funktionen lassen ein Netz gekrümmte Muster lernen.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(z) = z if z ≥ 0, otherwise α·z</source>
        <translation>f(z) = z, wenn z ≥ 0, sonst α·z</translation>
    </message>
    <message>
        <source>Like ReLU, but negative sums are not silenced completely: they are multiplied by a small slope α. A neuron whose sum stays negative still passes on a trickle, so learning can still move it; plain ReLU would be stuck at zero there.</source>
        <translation>Wie ReLU, aber negative Summen werden nicht ganz stummgeschaltet: Sie werden mit einer kleinen Steigung α multipliziert. Ein Neuron, dessen Summe negativ bleibt, gibt noch ein Rinnsal weiter, sodass das Lernen es noch bewegen kann; die einfache ReLU bliebe dort bei null hängen.</translation>
    </message>
    <message>
        <source>slope for negative z</source>
        <translation>Steigung für negative z</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>f(z) = z if z &gt; 0, otherwise α·(e^z − 1)</source>
        <translation>f(z) = z, wenn z &gt; 0, sonst α·(e^z − 1)</translation>
    </message>
    <message>
        <source>Exponential linear unit. Positive sums pass unchanged; negative sums curve smoothly down towards −α instead of being cut off, so the output can be a little negative and the curve has no sharp corner when α = 1.</source>
        <translation>Exponential Linear Unit (exponentielle lineare Einheit). Positive Summen gehen unverändert durch; negative Summen biegen sich sanft nach unten in Richtung −α, statt abgeschnitten zu werden. So kann die Ausgabe etwas negativ sein, und für α = 1 hat die Kurve keinen scharfen Knick.</translation>
    </message>
    <message>
        <source>how far below zero the output can go</source>
        <translation>wie weit die Ausgabe unter null gehen kann</translation>
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
        <translation>Eine abgerundete ReLU: fast null bei sehr negativen Summen, fast z selbst bei großen, mit einem sanften Bogen dazwischen. Sie ist nie genau null, und ihre Steigung an jeder Stelle z ist die Sigmoidfunktion von z.</translation>
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
        <translation>Gaussian Error Linear Unit, verwendet in vielen Sprachmodellen. Jede Summe wird mit einem Faktor zwischen 0 und 1 multipliziert, der mit ihr gleichmäßig wächst: dem Anteil einer Glockenkurve, der links von der Summe liegt. Große Summen gehen fast vollständig durch, negative werden größtenteils zurückgehalten, und knapp unter null taucht die Ausgabe leicht ins Negative ab.</translation>
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
        <translation>Sigmoid Linear Unit, auch Swish genannt: z multipliziert mit seiner eigenen Sigmoidfunktion. Sie sieht GELU sehr ähnlich: überall glatt, nahe bei z für große Summen und mit einer kleinen Delle ins Negative, bevor sie zu null hin abflacht.</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Hartes Sigmoid</translation>
    </message>
    <message>
        <source>f(z) = 0 if z ≤ −3, 1 if z ≥ 3, otherwise z/6 + 1/2</source>
        <translation>f(z) = 0, wenn z ≤ −3; 1, wenn z ≥ 3; sonst z/6 + 1/2</translation>
    </message>
    <message>
        <source>A sigmoid made of three straight pieces: flat at 0, a ramp from z = −3 to z = 3, flat at 1. It is cheaper than the real sigmoid, which matters on small devices, and crosses one half at z = 0 just as the sigmoid does.</source>
        <translation>Eine Sigmoidfunktion aus drei geraden Stücken: flach bei 0, eine Rampe von z = −3 bis z = 3, flach bei 1. Sie ist günstiger zu berechnen als die echte Sigmoidfunktion, was auf kleinen Geräten zählt, und geht bei z = 0 genau wie diese durch 0,5.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>AND</source>
        <translation>AND (UND)</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR (ODER)</translation>
    </message>
    <message>
        <source>NAND</source>
        <translation>NAND (NICHT-UND)</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR (exklusives ODER)</translation>
    </message>
    <message>
        <source>AND is 1 only where both inputs are 1. A single straight cut puts that one corner apart from the other three, so one neuron can learn it.</source>
        <translation>AND ist nur dort 1, wo beide Eingaben 1 sind. Ein einziger gerader Schnitt trennt diese Ecke von den anderen drei, also kann ein Neuron es lernen.</translation>
    </message>
    <message>
        <source>OR is 1 where at least one input is 1. Only the corner at the origin says 0, and a straight cut can fence it off, so one neuron can learn it.</source>
        <translation>OR ist 1, wo mindestens eine Eingabe 1 ist. Nur die Ecke im Ursprung ergibt 0, und ein gerader Schnitt kann sie abtrennen, also kann ein Neuron es lernen.</translation>
    </message>
    <message>
        <source>NAND is the opposite of AND: 0 only where both inputs are 1. Flip the signs of an AND neuron&apos;s weights and bias and you are close to an answer.</source>
        <translation>NAND ist das Gegenteil von AND: 0 nur dort, wo beide Eingaben 1 sind. Dreh die Vorzeichen der Gewichte und des Bias eines AND-Neurons um, und du bist nah an einer Lösung.</translation>
    </message>
    <message>
        <source>XOR is 1 where the two inputs differ: the two 1-corners sit diagonally opposite each other. Can one straight line keep them apart from the two 0-corners? Train, and see what happens.</source>
        <translation>XOR ist 1, wo sich die beiden Eingaben unterscheiden: Die beiden 1-Ecken liegen einander diagonal gegenüber. Kann eine einzige Gerade sie von den beiden 0-Ecken trennen? Trainiere und sieh, was passiert.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: expected a number, got {value}</source>
        <translation>{path}: erwartet wurde eine Zahl, gefunden wurde {value}</translation>
    </message>
    <message>
        <source>{path}: expected a finite number, got {value}</source>
        <translation>{path}: erwartet wurde eine endliche Zahl, gefunden wurde {value}</translation>
    </message>
    <message>
        <source>{path}: {value} is outside the allowed range {low} to {high}</source>
        <translation>{path}: {value} liegt außerhalb des erlaubten Bereichs von {low} bis {high}</translation>
    </message>
    <message>
        <source>neuron: expected a Neuron, got {kind}</source>
        <translation>neuron: erwartet wurde ein Neuron, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>training: expected true or false, got {value}</source>
        <translation>training: erwartet wurde true oder false, gefunden wurde {value}</translation>
    </message>
    <message>
        <source>this is a device or a pipe, not a scenario file</source>
        <translation>das ist ein Gerät oder eine Pipe, keine Szenariodatei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a scenario file</source>
        <translation>das ist ein Ordner, keine Szenariodatei</translation>
    </message>
    <message>
        <source>the file cannot be read: {why}</source>
        <translation>die Datei kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>expected the text of a scenario file, got {kind}</source>
        <translation>erwartet wurde der Text einer Szenariodatei, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>the file is larger than {size} KB; a scenario is a few KB at most</source>
        <translation>die Datei ist größer als {size} KB; ein Szenario hat höchstens ein paar KB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte} at offset {offset}); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Byte {byte} an Stelle {offset}); speichere sie als UTF-8</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>hier fehlt ein Komma</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>hier fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>erwartet wurde ein Feldname in doppelten Anführungszeichen (ein Komma zu viel?)</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>nach dem Ende folgt noch mehr Text</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>ein Text wird nicht mit doppelten Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ein Text enthält einen Zeilenumbruch oder Tabulator; schreibe ihn als \n oder \t</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({why})</source>
        <translation>Zeile {line}, Spalte {column}: kein gültiges JSON ({why})</translation>
    </message>
    <message>
        <source>not valid JSON for a scenario: lists or objects nested too deep</source>
        <translation>kein gültiges JSON für ein Szenario: Listen oder Objekte zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON for a scenario: a number has far too many digits</source>
        <translation>kein gültiges JSON für ein Szenario: eine Zahl hat viel zu viele Ziffern</translation>
    </message>
    <message>
        <source>(top level): expected a JSON object {{...}}, got {kind}</source>
        <translation>(oberste Ebene): erwartet wurde ein JSON-Objekt {{...}}, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>format: missing; a Neuron GUI scenario starts with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>format: fehlt; ein Neuron-GUI-Szenario beginnt mit &quot;format&quot;: &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>format: expected &quot;{format}&quot;, got {value}; this is not a Neuron GUI scenario</source>
        <translation>format: erwartet wurde &quot;{format}&quot;, gefunden wurde {value}; das ist kein Neuron-GUI-Szenario</translation>
    </message>
    <message>
        <source>version: missing; this app writes &quot;version&quot;: {version}</source>
        <translation>version: fehlt; dieses Programm schreibt &quot;version&quot;: {version}</translation>
    </message>
    <message>
        <source>version: expected a whole number such as {version}, got {value}</source>
        <translation>version: erwartet wurde eine ganze Zahl wie {version}, gefunden wurde {value}</translation>
    </message>
    <message>
        <source>version: the file was made by a newer version of Neuron GUI (it is format version {version}; this one reads up to {newest}); update Neuron GUI to open it</source>
        <translation>version: die Datei stammt von einer neueren Version von Neuron GUI (Formatversion {version}; diese liest bis {newest}); aktualisiere Neuron GUI, um sie zu öffnen</translation>
    </message>
    <message>
        <source>neuron.weights: expected one weight per input ({inputs}), got {weights}</source>
        <translation>neuron.weights: erwartet wurde ein Gewicht pro Eingabe ({inputs}), gefunden: {weights}</translation>
    </message>
    <message>
        <source>neuron.activation: expected a name such as &quot;relu&quot;, got {kind}</source>
        <translation>neuron.activation: erwartet wurde ein Name wie &quot;relu&quot;, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>neuron.activation: unknown activation {name}; choose one of {names}</source>
        <translation>neuron.activation: unbekannte Aktivierungsfunktion {name}; wähle eine von {names}</translation>
    </message>
    <message>
        <source>neuron.params: expected an object {{...}}, got {kind}</source>
        <translation>neuron.params: erwartet wurde ein Objekt {{...}}, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>{path}: unknown field ({activation} takes no parameters)</source>
        <translation>{path}: unbekanntes Feld ({activation} hat keine Parameter)</translation>
    </message>
    <message>
        <source>{path}: unknown field ({activation} takes {takes})</source>
        <translation>{path}: unbekanntes Feld ({activation} nimmt {takes})</translation>
    </message>
    <message>
        <source>{path}: {value} is outside {low} to {high}</source>
        <translation>{path}: {value} liegt außerhalb von {low} bis {high}</translation>
    </message>
    <message>
        <source>translations: expected an object of languages, got {kind}</source>
        <translation>translations: erwartet wurde ein Objekt mit Sprachen, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>translations: {value} is not a two-letter language code such as &quot;es&quot;</source>
        <translation>translations: {value} ist kein Sprachcode aus zwei Buchstaben wie &quot;es&quot;</translation>
    </message>
    <message>
        <source>{path}: expected a string, got {kind}</source>
        <translation>{path}: erwartet wurde ein Text, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>{path}: {length} characters is too long; at most {limit}</source>
        <translation>{path}: {length} Zeichen sind zu lang; höchstens {limit}</translation>
    </message>
    <message>
        <source>{path}: character {number} is not a valid character</source>
        <translation>{path}: Zeichen {number} ist kein gültiges Zeichen</translation>
    </message>
    <message>
        <source>{path}: expected [smallest z, largest z] at least {span} apart, got [{low}, {high}]</source>
        <translation>{path}: erwartet wurde [kleinstes z, größtes z] mindestens {span} auseinander, gefunden [{low}, {high}]</translation>
    </message>
    <message>
        <source>dataset: give either a &quot;name&quot; or &quot;points&quot; with &quot;labels&quot;, not both</source>
        <translation>dataset: gib entweder einen &quot;name&quot; oder &quot;points&quot; mit &quot;labels&quot; an, nicht beides</translation>
    </message>
    <message>
        <source>dataset.name: unknown data set {name}; choose one of {names}</source>
        <translation>dataset.name: unbekannter Datensatz {name}; wähle einen von {names}</translation>
    </message>
    <message>
        <source>dataset.{key}: missing; a data set is a &quot;name&quot;, or &quot;points&quot; with &quot;labels&quot;</source>
        <translation>dataset.{key}: fehlt; ein Datensatz ist ein &quot;name&quot; oder &quot;points&quot; mit &quot;labels&quot;</translation>
    </message>
    <message>
        <source>one label per point ({n})</source>
        <translation>eine Beschriftung pro Punkt ({n})</translation>
    </message>
    <message>
        <source>dataset.labels[{i}]: expected 0 or 1, got {value}</source>
        <translation>dataset.labels[{i}]: erwartet wurde 0 oder 1, gefunden wurde {value}</translation>
    </message>
    <message>
        <source>dataset.points[{i}]: expected {n} numbers, as the first point has, got {count}</source>
        <translation>dataset.points[{i}]: erwartet wurden {n} Zahlen wie beim ersten Punkt, gefunden: {count}</translation>
    </message>
    <message>
        <source>dataset: its points have {n} coordinates, so the neuron needs {n} inputs; it has {inputs}</source>
        <translation>dataset: seine Punkte haben {n} Koordinaten, also braucht das Neuron {n} Eingaben; es hat {inputs}</translation>
    </message>
    <message>
        <source>answer.weights: expected one weight per input of the neuron ({inputs}), got {weights}</source>
        <translation>answer.weights: erwartet wurde ein Gewicht pro Eingabe des Neurons ({inputs}), gefunden: {weights}</translation>
    </message>
    <message>
        <source>{path}: expected an object {{...}}, got {kind}</source>
        <translation>{path}: erwartet wurde ein Objekt {{...}}, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>{path}: unknown field (allowed here: {names})</source>
        <translation>{path}: unbekanntes Feld (hier erlaubt: {names})</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}: fehlt</translation>
    </message>
    <message>
        <source>{path}: appears more than once</source>
        <translation>{path}: kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>{path}: expected a list [...], got {kind}</source>
        <translation>{path}: erwartet wurde eine Liste [...], gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} Werte</translation>
    </message>
    <message>
        <source>{low} to {high} values</source>
        <translation>{low} bis {high} Werte</translation>
    </message>
    <message>
        <source>{path}: expected {what}, got {count}</source>
        <translation>{path}: erwartet: {what}; gefunden: {count}</translation>
    </message>
    <message>
        <source>{path}: expected a number, got {kind} (write numbers without quotes and with a point: {number})</source>
        <translation>{path}: erwartet wurde eine Zahl, gefunden wurde {kind} (schreibe Zahlen ohne Anführungszeichen und mit Punkt: {number})</translation>
    </message>
    <message>
        <source>{path}: expected a number, got {kind}</source>
        <translation>{path}: erwartet wurde eine Zahl, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>{value} (true and false are not numbers)</source>
        <translation>{value} (true und false sind keine Zahlen)</translation>
    </message>
    <message>
        <source>the string {text}</source>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>die Zahl {number}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected a Scenario, got {kind}</source>
        <translation>erwartet wurde ein Scenario, gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>cannot save {name}: it is a device or a pipe, not a file; save under another name</source>
        <translation>{name} kann nicht gespeichert werden: es ist ein Gerät oder eine Pipe, keine Datei; speichere unter einem anderen Namen</translation>
    </message>
    <message>
        <source>cannot save {name}: the file is read-only; save under another name, or in another folder</source>
        <translation>{name} kann nicht gespeichert werden: Die Datei ist schreibgeschützt; speichere sie unter einem anderen Namen oder in einem anderen Ordner</translation>
    </message>
    <message>
        <source>cannot save {name}: the folder {folder} does not exist</source>
        <translation>{name} kann nicht gespeichert werden: den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>cannot save {name}: the folder {folder} cannot be written to; choose another folder</source>
        <translation>{name} kann nicht gespeichert werden: in den Ordner {folder} kann nicht geschrieben werden; wähle einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}</source>
        <translation>{name} kann nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>cannot save {name}: it is a folder</source>
        <translation>{name} kann nicht gespeichert werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}; the old file, if any, is unchanged</source>
        <translation>{name} kann nicht gespeichert werden: {why}; die alte Datei, falls vorhanden, ist unverändert</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht erlaubt</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>das Speicherkontingent ist erschöpft</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>this is not a name a file can have</source>
        <translation>so kann keine Datei heißen</translation>
    </message>
</context>
</TS>
