"""Runtime modules copied as they are into the generated packages."""
