import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createConnection } from './apollo';
import { ErrorBoundary } from './components/error-boundary';
import './styles.css';

const connection = createConnection();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={connection.client}>
      <ErrorBoundary what="The dashboard">
        <App connection={connection} />
      </ErrorBoundary>
    </ApolloProvider>
  </StrictMode>,
);
