// The app's providers (data cache, session, language-aware antd) and the choice between signed-out and signed-in screens.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router-dom';
import { isRpcError } from './api/RpcError';
import { fontStacks } from './components/fonts';
import { AuthScreen } from './features/auth/AuthScreen';
import { SessionProvider, useSession } from './features/auth/SessionProvider';
import { AppRoutes } from './features/shell/AppRoutes';
import { i18next } from './i18n/i18n';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retrying cannot fix a refusal (validation, permission, missing record); only a lost connection is worth it.
      retry: (failures, error) => failures < 2 && isRpcError(error) && error.reason === 'network',
    },
  },
});

// Some answers carry text in the caller's language (category paths, reasons): fetch them again in the new one.
i18next.on('languageChanged', () => void queryClient.invalidateQueries());

const themes = {
  'zh-CN': { token: { fontFamily: fontStacks['zh-CN'] } },
  en: { token: { fontFamily: fontStacks.en } },
};

function Screens() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.phase === 'restoring') return <Spin fullscreen description={t('app.loading')} />;
  if (state.phase === 'signedOut') return <AuthScreen expired={state.expired} />;
  return <AppRoutes />;
}

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    // No space inserted into two-character buttons (登 录): labels then read, and are found by tests, as written.
    <ConfigProvider
      locale={english ? enUS : zhCN}
      theme={english ? themes.en : themes['zh-CN']}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <HashRouter>
              <Screens />
            </HashRouter>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
