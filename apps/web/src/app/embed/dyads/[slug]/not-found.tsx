export default function EmbedNotFound() {
  return (
    <main className="embed">
      <h1>Chart not found</h1>
      <p>This dyad or release is not in the Relations Tension Index, or has no values for the chosen days.</p>
    </main>
  );
}
