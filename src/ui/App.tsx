export function App() {
  return (
    <main>
      <h1>RefScope</h1>
      <p>See how CPython manages memory. The playground is on its way.</p>
    </main>
  );
}
